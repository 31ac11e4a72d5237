import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditLog, brugerkoder, citizens, staff } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { addContactPerson, removeContactPerson } from "@/lib/contacts/mutations";
import { listContactPersons } from "@/lib/contacts/queries";
import { readSubmittedForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { readJoblogForCaseworker } from "@/lib/joblog/queries";
import { readSygdomReportsForCaseworker } from "@/lib/sygdom/queries";
import { sendBesked } from "@/lib/messages/mutations";
import { createPlan, deletePlanStoettebehov, publishPlanDraft, savePlanDraft } from "@/lib/plans/mutations";
import { listPlansForCaseworker } from "@/lib/plans/queries";
import { listBeskederForCaseworker } from "@/lib/messages/queries";
import { readTilmeldingForCaseworker } from "@/lib/tilmelding/queries";
import { citizenDataFunctions, citizenReach } from "@/tests/support/authorization-matrix";
import { withFreshDatabase } from "@/tests/support/database";
import { createProfileWithBrugerkoder, issueOneTimePassword, registerCitizenAtJobcenter, setBrugerkodeFlag } from "./mutations";
import { findCitizenIdByCpr, findCitizenIdByUsername, getCitizenAdminOverview, listCitizenAuditEntries } from "./queries";
import { CitizenOutOfScopeError } from "./scope";

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
});

type Target = { id: string; cpr: string; username: string };
async function citizen(name: string): Promise<Target> {
  const [row] = await db()
    .select({ id: citizens.id, cpr: citizens.cpr, username: brugerkoder.username })
    .from(citizens)
    .leftJoin(brugerkoder, eq(brugerkoder.citizenId, citizens.id))
    .where(eq(citizens.name, name));
  return { id: row.id, cpr: row.cpr, username: row.username ?? "" };
}
async function staffActor(name: string): Promise<Actor> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return { kind: "staff", id: row.id };
}

/** Each scoped data function, called by `actor` on `target` with what it needs. */
const scopedCalls: Record<string, (actor: Actor, target: Target) => Promise<unknown>> = {
  findCitizenIdByCpr: (viewer, target) => findCitizenIdByCpr({ cpr: target.cpr, viewer }),
  findCitizenIdByUsername: (viewer, target) => findCitizenIdByUsername({ username: target.username, viewer }),
  getCitizenAdminOverview: (viewer, target) => getCitizenAdminOverview({ citizenId: target.id, viewer }),
  listCitizenAuditEntries: (viewer, target) => listCitizenAuditEntries({ citizenId: target.id, viewer }),
  listContactPersons: (viewer, target) => listContactPersons({ citizenId: target.id, viewer }),
  setBrugerkodeFlag: (actor, target) => setBrugerkodeFlag({ citizenId: target.id, flagged: true, reason: "Test", actor }),
  createProfileWithBrugerkoder: (actor, target) => createProfileWithBrugerkoder({ cpr: target.cpr, name: "Test", reason: "Test", actor }),
  issueOneTimePassword: (actor, target) => issueOneTimePassword({ citizenId: target.id, actor }),
  addContactPerson: (actor, target) =>
    addContactPerson({ input: { citizenId: target.id, role: "mentor", name: "Mie Mentor", organisation: "", phone: "", email: "" }, staffId: actor.id! }),
  readSubmittedForberedelsesskema: (viewer, target) => readSubmittedForberedelsesskema({ citizenId: target.id, viewer }),
  readJoblogForCaseworker: (viewer, target) => readJoblogForCaseworker({ citizenId: target.id, viewer }),
  readSygdomReportsForCaseworker: (viewer, target) => readSygdomReportsForCaseworker({ citizenId: target.id, viewer }),
  listBeskederForCaseworker: (viewer, target) => listBeskederForCaseworker({ citizenId: target.id, viewer }),
  sendBesked: (actor, target) =>
    db().transaction((tx) =>
      sendBesked(tx, {
        citizenId: target.id,
        letter: { kind: "stoettebehov-registreret", planId: "p", planVersion: 1, jobcenter: "Jobcenter København", stoettebehov: ["mentor"] },
        dedupeKey: `scope-test:${actor.id}:${target.id}`,
        actor,
      }),
    ),
  readTilmeldingForCaseworker: (viewer, target) => readTilmeldingForCaseworker({ citizenId: target.id, viewer }),
  removeContactPerson: (actor, target) =>
    removeContactPerson({ citizenId: target.id, contactPersonId: "00000000-0000-4000-8000-000000000009", staffId: actor.id! }),
  listPlansForCaseworker: (viewer, target) => listPlansForCaseworker({ citizenId: target.id, viewer }),
  createPlan: (actor, target) => createPlan({ citizenId: target.id, kind: "uddannelsesplan", staffId: actor.id! }),
  savePlanDraft: (actor, target) =>
    savePlanDraft({
      input: {
        citizenId: target.id,
        planId: "00000000-0000-4000-8000-000000000010",
        version: 1,
        kind: "uddannelsesplan",
        step: "4",
        goal: "Mål",
        indsats: "Indsats",
        offers: "",
        stoettebehov: ["mentor"],
      },
      staffId: actor.id!,
    }),
  publishPlanDraft: (actor, target) =>
    publishPlanDraft({ citizenId: target.id, planId: "00000000-0000-4000-8000-000000000010", version: 1, staffId: actor.id! }),
  deletePlanStoettebehov: (actor, target) =>
    deletePlanStoettebehov({ citizenId: target.id, planId: "00000000-0000-4000-8000-000000000010", version: 1, staffId: actor.id! }),
};

/** The data functions only a caseworker of the citizen's own jobcenter reaches (support is not enough). */
const caseworkerOnly = new Set(["listPlansForCaseworker", "createPlan", "savePlanDraft", "publishPlanDraft", "deletePlanStoettebehov"]);

/** Refused for reach, or answered (a result, or an answer about the citizen: no profile, not flagged, not found). */
async function outcome(call: Promise<unknown>): Promise<"refused" | "allowed"> {
  try {
    await call;
    return "allowed";
  } catch (error) {
    if (error instanceof CitizenOutOfScopeError) return "refused";
    if ((error as { status?: number }).status && (error as { status: number }).status !== 403) return "allowed";
    throw error;
  }
}

describe("a caseworker reaches only their own jobcenter's citizens, inside the data functions", () => {
  test("X5 every data function that serves staff is scoped, and every other one says why it need not be", async () => {
    const modules = [
      await import("./queries"),
      await import("./mutations"),
      await import("@/lib/contacts/queries"),
      await import("@/lib/contacts/mutations"),
      await import("@/lib/forberedelsesskema/queries"),
      await import("@/lib/forberedelsesskema/mutations"),
      await import("@/lib/dagpenge/queries"),
      await import("@/lib/joblog/queries"),
      await import("@/lib/joblog/mutations"),
      await import("@/lib/cv/queries"),
      await import("@/lib/cv/mutations"),
      await import("@/lib/jobagents/queries"),
      await import("@/lib/jobagents/mutations"),
      await import("@/lib/notifications/queries"),
      await import("@/lib/notifications/mutations"),
      await import("@/lib/sygdom/queries"),
      await import("@/lib/sygdom/mutations"),
      await import("@/lib/messages/queries"),
      await import("@/lib/messages/mutations"),
      await import("@/lib/tilmelding/queries"),
      await import("@/lib/tilmelding/mutations"),
      await import("@/lib/plans/queries"),
      await import("@/lib/plans/mutations"),
    ];
    const exported = modules.flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === "function" && !/^[A-Z]/.test(value.name))
        .map(([name]) => name),
    );
    expect(exported.sort()).toEqual(Object.keys(citizenDataFunctions).sort());
    expect(Object.keys(scopedCalls).sort()).toEqual(
      Object.entries(citizenDataFunctions)
        .filter(([, why]) => why === "scoped")
        .map(([name]) => name)
        .sort(),
    );
  });

  for (const [role, person] of [
    ["support", "Sofie Support"],
    ["caseworker", "Jens Jobcenter"],
    ["editor", "Rikke Redaktør"],
  ] as const) {
    for (const [whose, name] of [
      ["their own jobcenter", "Bent Brugerkode"],
      ["another jobcenter", "Henrik Hansen"],
    ] as const) {
      const reach = citizenReach[role];
      const reachesCitizen = reach === "every citizen" || (reach === "own jobcenter" && whose === "their own jobcenter");
      // The plans are the caseworker's own tools: only the caseworker role at the citizen's jobcenter reaches them, never support.
      const expectedOf = (functionName: string) =>
        (caseworkerOnly.has(functionName) ? role === "caseworker" && whose === "their own jobcenter" : reachesCitizen) ? "allowed" : "refused";
      const expected = reachesCitizen ? "allowed" : "refused";
      const refusedPlans = role === "support" ? " (plans refused)" : "";
      test(`X5 ${role} × a citizen of ${whose} (${name}) → ${expected}${refusedPlans} in every scoped data function`, async () => {
        const actor = await staffActor(person);
        const target = await citizen(name);
        const auditBefore = (await db().select().from(auditLog)).length;
        for (const [functionName, call] of Object.entries(scopedCalls)) {
          expect(await outcome(call(actor, target)), functionName).toBe(expectedOf(functionName));
        }
        const refused = Object.keys(scopedCalls).filter((functionName) => expectedOf(functionName) === "refused");
        expect(warnings.filter((line) => line.includes("citizen_access_denied"))).toHaveLength(refused.length);
        if (expected === "refused") {
          // Nothing was written, and each refusal is logged with who, what and which citizen id — no CPR number.
          expect((await db().select().from(auditLog)).length).toBe(auditBefore);
        }
        for (const line of warnings.filter((line) => line.includes("citizen_access_denied"))) {
          expect(line, line).toContain(`actorId="${actor.id}"`);
          expect(line).toContain(`citizenId="${target.id}"`);
          expect(line).toMatch(/action="\w+"/);
          expect(line).not.toContain(target.cpr);
        }
      });
    }
  }

  test("X5 a citizen reaches only their own data", async () => {
    const anna = await citizen("Anna Andersen");
    const bent = await citizen("Bent Brugerkode");
    expect(await outcome(listContactPersons({ citizenId: anna.id, viewer: { kind: "citizen", id: anna.id } }))).toBe("allowed");
    expect(await outcome(listContactPersons({ citizenId: anna.id, viewer: { kind: "citizen", id: bent.id } }))).toBe("refused");
  });

  test("X5 a citizen no jobcenter has registered becomes the caseworker's jobcenter's when they create a profile; a registration moves them", async () => {
    const jens = await staffActor("Jens Jobcenter");
    const created = await createProfileWithBrugerkoder({ cpr: "1212121212", name: "Nanna Ny", reason: "Har ikke MitID", actor: jens });
    const [nanna] = await db().select().from(citizens).where(eq(citizens.id, created.citizenId));
    expect(nanna.jobcenter).toBe("Jobcenter København");

    await registerCitizenAtJobcenter({ cpr: "1212121212", name: "Nanna Ny", jobcenter: "Jobcenter Aarhus", actor: { kind: "api_client", id: null } });
    await expect(getCitizenAdminOverview({ citizenId: nanna.id, viewer: jens })).rejects.toBeInstanceOf(CitizenOutOfScopeError);
    await expect(createProfileWithBrugerkoder({ cpr: (await citizen("Henrik Hansen")).cpr, name: "x", reason: "x", actor: jens })).rejects.toBeInstanceOf(
      CitizenOutOfScopeError,
    );
  });
});
