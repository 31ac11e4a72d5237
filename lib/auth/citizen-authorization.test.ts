import path from "node:path";
import type { FormAction } from "@/lib/actions";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { CitizenSession } from "@/lib/auth/session";
import { actionModules, citizenActions, citizenAllows, citizenRoles, type CitizenRole } from "@/tests/support/authorization-matrix";

const projectRoot = path.resolve(import.meta.dirname, "../..");

// The citizen session each call sees; the action wrapper reads it from here.
let session: CitizenSession | null = null;
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => session }));
// What an allowed action then does is not this test's business: the domain answers "not found".
vi.mock("@/lib/identity/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("citizen");
  };
  return { changeOwnPassword: fail, createProfileWithMitid: fail, deleteAccess: fail, removeBrugerkodeFlagByCitizen: fail };
});
vi.mock("@/lib/identity/queries", () => ({ getBrugerkodeUsername: async () => "bent.brugerkode" }));
vi.mock("@/lib/support/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  return {
    createSupportRequest: async () => {
      throw new NotFoundError("request");
    },
  };
});
vi.mock("@/lib/cv/mutations", async () => {
  const { NotFoundError } = await vi.importActual<typeof import("@/lib/errors")>("@/lib/errors");
  const fail = async () => {
    throw new NotFoundError("cv");
  };
  return {
    CvNotSearchableError: class extends Error {},
    addWantedTitle: fail,
    removeWantedTitle: fail,
    addExperience: fail,
    removeExperience: fail,
    addEducation: fail,
    removeEducation: fail,
    addLanguage: fail,
    removeLanguage: fail,
    saveDrivingLicences: fail,
    saveConditions: fail,
    saveContactDetails: fail,
    setSearchable: fail,
  };
});
vi.mock("@/lib/auth/mutations", () => ({ endCitizenSession: async () => {} }));
vi.mock("@/lib/auth/pending-login", () => ({ takePendingLogin: async () => null }));
vi.mock("@/lib/auth/broker", () => ({ afterPortalLogout: async () => "/logget-ud" }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => {}, get: () => undefined }) }));

// Every module of citizen actions; the table must name each of their exports.
const actions: Record<string, FormAction> = Object.assign(
  {},
  ...(await Promise.all(actionModules.citizen.map((file) => import(/* @vite-ignore */ path.join(projectRoot, file))))),
);

function sessionFor(role: CitizenRole): CitizenSession | null {
  if (role === "anonymous") return null;
  return {
    sessionId: "s",
    citizenId: "00000000-0000-4000-8000-000000000001",
    name: "Test",
    contactGroup: "dagpengemodtager",
    method: "brugerkode",
    mustChangePassword: role === "citizen-with-one-time-password",
  };
}

function citizenForm(): FormData {
  const form = new FormData();
  const values: Record<string, string> = {
    locale: "da",
    password: "hesten drikker kaffe i regnvejr",
    repeat: "hesten drikker kaffe i regnvejr",
    name: "Karen Ledig",
    cpr: "0101901234",
    phone: "12345678",
    situation: "Ledig i dag",
  };
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

const refusals = ["errors.sessionEnded", "errors.choosePasswordFirst", "errors.noPasswordToReplace"];

describe("the authorization table names every citizen action", () => {
  test("X5 every citizen action is in the table", () => {
    expect(Object.keys(actions).sort()).toEqual(citizenActions.map((action) => action.name).sort());
  });
});

describe("citizen actions refuse everyone the table does not name", () => {
  beforeAll(() => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
  });
  beforeEach(() => {
    session = null;
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  for (const { name, allow } of citizenActions) {
    for (const role of citizenRoles) {
      const allowed = citizenAllows(allow, role);
      test(`X5 ${name} × ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        session = sessionFor(role);
        const action = actions[name as keyof typeof actions] as (
          previous: null,
          form: FormData,
        ) => Promise<{ status: string; fieldErrors?: Record<string, string[]> }>;
        let result: Awaited<ReturnType<typeof action>> | undefined;
        try {
          result = await action(null, citizenForm());
        } catch (error) {
          // An allowed action may end in a redirect (to its next page, or to explain a stale login).
          if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return expect(allowed).toBe(true);
          throw error;
        }
        const refusedWith = result?.status === "error" ? result.fieldErrors?._form?.[0] : undefined;
        if (allowed) expect(refusals).not.toContain(refusedWith);
        else expect(refusals).toContain(refusedWith);
      });
    }
  }
});
