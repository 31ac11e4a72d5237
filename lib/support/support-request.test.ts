import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { supportRequests } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { createSupportRequest } from "./mutations";
import { requestContextStorage, type RequestContext } from "@/lib/http/request-context";
import { sendSupportRequest } from "./actions";
import { getSupportRequestReceipt } from "./queries";
import { supportRequestSchema } from "./schema";

// The action reads the session of whoever calls it; this one is public and has none.
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => null }));

const { db } = withFreshDatabase();

describe("the special support request", () => {
  test("R1.8 a request is stored with a reference that can be read aloud", async () => {
    const input = supportRequestSchema.parse({
      name: " Karen Ledig ",
      cpr: "010190-1234",
      phone: "+45 12 34 56 78",
      situation: "Jeg skal meldes ledig i dag.",
    });
    expect(input).toEqual({ name: "Karen Ledig", cpr: "0101901234", phone: "12345678", situation: "Jeg skal meldes ledig i dag." });
    const { reference } = await createSupportRequest(input);
    expect(reference).toMatch(/^SH-[2-9A-HJ-NP-Z]{8}$/);
    const [stored] = await db().select().from(supportRequests).where(eq(supportRequests.reference, reference));
    expect(stored).toMatchObject({ name: "Karen Ledig", cpr: "0101901234", phone: "12345678", handledAt: null });
  });

  test("R1.8 a receipt is shown only for a request that was received, with its time and nothing that was written", async () => {
    const receivedAt = new Date("2026-11-26T07:15:00Z");
    const { reference } = await createSupportRequest({ name: "Karen Ledig", cpr: "0101901234", phone: "12345678", situation: "Ledig i dag", now: receivedAt });

    expect(await getSupportRequestReceipt({ reference })).toEqual({ reference, receivedAt });
    // Unknown, of another kind, in other letters, malformed: not found.
    for (const other of ["SH-23456789", "SA-23456789", reference.toLowerCase(), ` ${reference}`, "SH-0000000O", "1", "", "SH-%"]) {
      expect(await getSupportRequestReceipt({ reference: other })).toBeNull();
    }
  });

  test("X4 each bad field gets its own message", () => {
    const result = supportRequestSchema.safeParse({ name: "", cpr: "12345", phone: "abc", situation: "" });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      name: "nameMissing",
      cpr: "cprInvalid",
      phone: "phoneInvalid",
      situation: "situationMissing",
    });
  });

  test("X4 text PostgreSQL cannot store gets its field's message and a 400, and nothing is written", async () => {
    // A form's values are USVStrings, so an unpaired surrogate arrives as U+FFFD; a NUL arrives as itself.
    const cases = [
      { name: "Karen\u0000Ledig" },
      { situation: "Jeg skal meldes ledig \u0000 i dag." },
      { name: "\u0000", situation: "a\u0000" },
      { phone: "1234\u00005678" },
    ];
    for (const bad of cases) {
      const form = new FormData();
      for (const [key, value] of Object.entries({ name: "Karen Ledig", cpr: "0101901234", phone: "12345678", situation: "Ledig i dag", locale: "da", ...bad }))
        form.set(key, value);
      const context: RequestContext = {};
      const result = await requestContextStorage().run(context, () => sendSupportRequest(null, form));
      expect(result.status).toBe("error");
      const fieldErrors = result.status === "error" ? result.fieldErrors : {};
      for (const field of Object.keys(bad)) expect(fieldErrors[field]).toEqual(["supportRequest.errors.textInvalid"]);
      expect(context.status).toBe(400);
    }
    expect(await db().select().from(supportRequests)).toEqual([]);
  });

  test("X4 a refused form gets back what was typed in its own fields, and nothing else that was posted", async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      name: "",
      cpr: "0101901234",
      phone: "12345678",
      situation: "Ledig",
      locale: "en",
      junk: "x".repeat(10_000),
      citizenId: "1",
    }))
      form.set(key, value);
    const result = await requestContextStorage().run({}, () => sendSupportRequest(null, form));
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.values).toEqual({ name: "", cpr: "0101901234", phone: "12345678", situation: "Ledig", locale: "en" });
  });
});
