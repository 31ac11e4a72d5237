import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test, vi } from "vitest";
import { citizens, sygdomReports } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { danishToday } from "./days";
import { reportSygdom } from "./mutations";

// The references drawn next, in order, before random ones again: a clash made on purpose.
const drawn: string[] = [];
vi.mock("@/lib/receipts/reference", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/receipts/reference")>();
  return {
    ...original,
    newReceiptReference: vi.fn((kind: Parameters<typeof original.newReceiptReference>[0]) => drawn.shift() ?? original.newReceiptReference(kind)),
  };
});

const { db } = withFreshDatabase({ seed: true });

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}

test("R4.2 X4 a receipt reference that is already taken is drawn again: the report is made under another, nothing fails", async () => {
  const anna = await citizenId("Anna Andersen");
  const bent = await citizenId("Bent Brugerkode");
  drawn.push("SY-23456789");
  const first = await reportSygdom({ citizenId: anna, kind: "syg", fromDay: danishToday(), submissionKey: randomUUID() });
  expect(first.reference).toBe("SY-23456789");

  // Bent's report draws Anna's reference first, then a free one.
  drawn.push("SY-23456789", "SY-23456789", "SY-3456789A");
  const second = await reportSygdom({ citizenId: bent, kind: "syg", fromDay: danishToday(), submissionKey: randomUUID() });
  expect(second).toEqual({ reference: "SY-3456789A", kind: "syg", created: true });
  expect(await db().select({ reference: sygdomReports.reference }).from(sygdomReports).where(eq(sygdomReports.citizenId, bent))).toEqual([
    { reference: "SY-3456789A" },
  ]);
});
