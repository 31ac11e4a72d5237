import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { FormAction } from "@/lib/actions";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { actionModules, allows, apiEndpoints, roles, staffActions, staffPages, type Role } from "@/tests/support/authorization-matrix";
import type { StaffSession } from "./session";

const projectRoot = path.resolve(import.meta.dirname, "../..");

// The staff session each call sees; the action wrappers read it from here.
let currentStaff: StaffSession | null = null;
vi.mock("./session", () => ({ getStaffSession: async () => currentStaff, requireStaff: async () => currentStaff }));
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => null }));
// What an allowed action then does is not this test's business: the domain functions answer
// "not found", which the wrapper reports as an ordinary failure, not as a refusal.
vi.mock("@/lib/identity/queries", () => ({ findCitizenIdByCpr: async () => null, findCitizenIdByUsername: async () => null }));
vi.mock("@/lib/identity/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("citizen");
  };
  return { createProfileWithBrugerkoder: fail, setBrugerkodeFlag: fail, issueOneTimePassword: fail };
});
vi.mock("@/lib/support/mutations", () => ({ markSupportRequestHandled: async () => false }));
vi.mock("@/lib/contacts/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("citizen");
  };
  return { addContactPerson: fail, removeContactPerson: fail };
});
vi.mock("@/lib/content/mutations", async () => {
  const actual = await vi.importActual<typeof import("@/lib/content/mutations")>("@/lib/content/mutations");
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("content");
  };
  return { ...actual, saveYellowNote: fail, saveFaqEntry: fail, changeContentStatus: fail, restoreContentVersion: fail };
});
vi.mock("@/lib/plans/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("plan");
  };
  return { createPlan: fail, savePlanDraft: fail, publishPlanDraft: fail, deletePlanStoettebehov: fail };
});
vi.mock("./mutations", () => ({ endStaffSession: async () => {} }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => {}, get: () => undefined }) }));

// Every module of staff actions; the table must name each of their exports.
const actions: Record<string, FormAction> = Object.assign(
  {},
  ...(await Promise.all(actionModules.staff.map((file) => import(/* @vite-ignore */ path.join(projectRoot, file))))),
);

const staffRoles = { support: ["support"], caseworker: ["caseworker"], editor: ["editor"] } as const;

function sessionFor(role: Role): StaffSession | null {
  if (!(role in staffRoles)) return null;
  return {
    sessionId: "s",
    staffId: "00000000-0000-4000-8000-000000000001",
    name: "Test",
    jobcenter: null,
    roles: [...staffRoles[role as keyof typeof staffRoles]],
  };
}

function staffForm(actionName: string): FormData {
  const form = new FormData();
  const values: Record<string, string> = {
    cpr: "0101901111",
    query: "0101901111",
    name: "Test Testesen",
    reason: "Test",
    citizenId: "00000000-0000-4000-8000-000000000002",
    flagged: "ja",
    requestId: "00000000-0000-4000-8000-000000000003",
    locale: "da",
    role: "mentor",
    contactPersonId: "00000000-0000-4000-8000-000000000004",
    id: "00000000-0000-4000-8000-000000000005",
    expectedVersion: "1",
    version: "1",
    status: "published",
    titleDa: "Titel",
    titleEn: "Title",
    bodyDa: "Tekst",
    bodyEn: "Text",
    audience: "everyone",
    placement: "front_page",
    topicDa: "Emne",
    topicEn: "Topic",
    questionDa: "Spørgsmål?",
    questionEn: "Question?",
    answerDa: "Svar",
    answerEn: "Answer",
    sortOrder: "1",
    kind: "uddannelsesplan",
    planId: "00000000-0000-4000-8000-000000000006",
    step: "4",
    goal: "Mål",
    indsats: "Indsats",
    stoettebehov: "mentor",
  };
  if (/Faq/.test(actionName)) values.audience = "jobsoegere";
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

function filesUnder(folder: string, fileName: string | RegExp): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, fileName);
    return (typeof fileName === "string" ? entry === fileName : fileName.test(entry)) ? [full] : [];
  });
}

describe("the authorization table is complete", () => {
  test("X5 every staff page is in the table", () => {
    const root = path.resolve("app/[locale]");
    // A page's address is its folder's path without the route groups, `(staff)` and the like.
    const pages = filesUnder(root, "page.tsx")
      .map(
        (file) =>
          `/${path
            .relative(root, path.dirname(file))
            .split(path.sep)
            .filter((part) => !/^\(.*\)$/.test(part))
            .join("/")}`,
      )
      .filter((address) => address === "/medarbejder" || address.startsWith("/medarbejder/"));
    expect(pages.sort()).toEqual(staffPages.map((page) => page.path).sort());
  });

  test("X5 every file of server actions is one the authorization tests check", () => {
    const serverActionFiles = ["app", "lib", "components"]
      .flatMap((folder) => filesUnder(path.join(projectRoot, folder), /^(?!.*\.test\.).*\.tsx?$/))
      .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(projectRoot, file).split(path.sep).join("/"));
    expect(serverActionFiles.sort()).toEqual([...actionModules.citizen, ...actionModules.staff].sort());
  });

  test("X5 every staff action is in the table", () => {
    expect(Object.keys(actions).sort()).toEqual(staffActions.map((action) => action.name).sort());
  });

  test("X5 every API endpoint and method is in the table", async () => {
    const root = path.resolve("app");
    const found: string[] = [];
    for (const file of filesUnder(path.join(root, "api/v1"), "route.ts")) {
      const route = `/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`;
      const routeModule = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (method in routeModule) found.push(`${method} ${route}`);
    }
    expect(found.sort()).toEqual(apiEndpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort());
  });
});

describe("staff actions refuse everyone their roles do not name", () => {
  beforeEach(() => {
    currentStaff = null;
    // Refusals are logged by design; the log lines are not this test's output.
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  for (const { name, allow } of staffActions.filter((action) => action.allow !== "everyone")) {
    for (const role of roles) {
      const allowed = allows(allow, role);
      test(`X5 ${name} × ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        currentStaff = sessionFor(role);
        const action = actions[name as keyof typeof actions];
        let result: Awaited<ReturnType<typeof action>> | undefined;
        try {
          result = await action(null, staffForm(name));
        } catch (error) {
          // An allowed search ends in a redirect or a not-found answer; either way it was not refused.
          if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return expect(allowed).toBe(true);
          throw error;
        }
        const refusedWith = result?.status === "error" ? result.fieldErrors._form?.[0] : undefined;
        // Allowed: the form passed its schema and the call reached the domain, which answered.
        const answer = result?.status === "error" ? Object.values(result.fieldErrors).flat()[0] : result?.status;
        if (allowed) expect(answer).toMatch(/^(ok|staff\.errors\.notFound|errors\.notFound)$/);
        else expect(refusedWith).toBe(currentStaff ? "errors.forbidden" : "errors.sessionEnded");
      });
    }
  }
});
