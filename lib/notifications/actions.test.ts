import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, notificationSettings, type ContactGroup } from "@/db/schema";
import type { CitizenSession } from "@/lib/auth/session";
import { withFreshDatabase } from "@/tests/support/database";
import { saveNotificationChoicesAction, saveNotificationChoicesByLink } from "./actions";
import { signLinkToken } from "./signed-link";

// The actions as a form calls them: the session is the logged-in citizen's, the form is what was posted.
let session: CitizenSession | null = null;
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => session }));
// Outside a request there is no page to refresh.
vi.mock("next/cache", () => ({ refresh: () => {} }));
vi.stubEnv("NEXTAUTH_URL", "https://jobnet.example.dk");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");

const { db } = withFreshDatabase({ seed: true });

beforeEach(() => {
  session = null;
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

async function logInAs(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id, contactGroup: citizens.contactGroup }).from(citizens).where(eq(citizens.name, name));
  session = { sessionId: "s", citizenId: row.id, name, contactGroup: row.contactGroup as ContactGroup, method: "mitid", mustChangePassword: false };
  return row.id;
}

function posted(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  form.set("locale", "da");
  for (const [key, value] of Object.entries(values)) for (const one of Array.isArray(value) ? value : [value]) form.append(key, one);
  return form;
}

describe("the actions of Få besked på SMS og/eller e-mail", () => {
  test("R1.7 X4 a refused unverified channel is told on the fieldset whose choice was refused, with what was ticked", async () => {
    // Anna has a verified e-mail address and no mobile number.
    await logInAs("Anna Andersen");
    expect(await saveNotificationChoicesAction(null, posted({ jobagent: "email", besked: "sms" }))).toEqual({
      status: "error",
      fieldErrors: { besked: ["notifications.errors.phoneNotVerified"] },
      values: { jobagent: ["email"], besked: ["sms"] },
    });
    expect(await saveNotificationChoicesAction(null, posted({ jobagent: "sms", besked: "sms" }))).toMatchObject({
      fieldErrors: { jobagent: ["notifications.errors.phoneNotVerified"], besked: ["notifications.errors.phoneNotVerified"] },
    });
    expect(await saveNotificationChoicesAction(null, posted({ jobagent: ["email", "sms"] }))).toMatchObject({
      fieldErrors: { jobagent: ["notifications.errors.phoneNotVerified"] },
    });
  });

  test("R1.7 a settings link of a citizen who is gone says the link no longer works, and writes nothing", async () => {
    const gone = randomUUID();
    const token = signLinkToken({ purpose: "settings", subject: gone });
    expect(await saveNotificationChoicesByLink(null, posted({ token, jobagent: "email" }))).toEqual({
      status: "error",
      fieldErrors: { _form: ["notifications.errors.noProfile"] },
      values: { jobagent: ["email"], besked: [] },
    });
    expect(await db().select().from(notificationSettings).where(eq(notificationSettings.citizenId, gone))).toEqual([]);
  });
});
