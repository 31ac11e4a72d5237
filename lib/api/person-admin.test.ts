import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { openPostgres, useDatabase } from "@/db/client";
import { auditLog, brugerkoder, citizens } from "@/db/schema";
import { allows, apiEndpoints, roles } from "@/tests/support/authorization-matrix";
import { withFreshDatabase } from "@/tests/support/database";
import { closedPort } from "@/tests/support/tcp-proxy";
import { createApiClient, revokeApiClient } from "./mutations";
import { personAdminOpenApi } from "./openapi";
import { lookUpCitizen, registerCitizen, setFlag } from "./person-admin";

const { db, handle } = withFreshDatabase({ seed: true });

let token: string;
let revokedToken: string;
beforeEach(async () => {
  ({ token } = await createApiClient({ name: "Jobcenter København fagsystem" }));
  ({ token: revokedToken } = await createApiClient({ name: "Nedlagt system" }));
  await revokeApiClient({ name: "Nedlagt system" });
  vi.spyOn(console, "error").mockImplementation(() => {});
});

function call(
  route: (request: Request) => Promise<Response>,
  body: unknown,
  options: { token?: string | null; contentType?: string; method?: string; raw?: string } = {},
) {
  const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
  const bearer = options.token === undefined ? token : options.token;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  return route(new Request("http://localhost/api/v1/x", { method: options.method ?? "POST", headers, body: options.raw ?? JSON.stringify(body) }));
}

const routes = { "POST /api/v1/borgere": registerCitizen, "POST /api/v1/borgere/opslag": lookUpCitizen, "PUT /api/v1/borgere/brugerkodeflag": setFlag };
const validBodies = {
  "POST /api/v1/borgere": { cpr: "0101901111", navn: "Anna Andersen", jobcenter: "Jobcenter København" },
  "POST /api/v1/borgere/opslag": { cpr: "0101901111" },
  "PUT /api/v1/borgere/brugerkodeflag": { cpr: "0202802222", flag: true, begrundelse: "Borgeren har ikke MitID" },
};

describe("PersonAdminService", () => {
  test("R1.1d registering a citizen answers with brugernavn and adgangskode 'Ukendt'", async () => {
    const response = await call(registerCitizen, { cpr: "1111229999", navn: "Nina Ny", jobcenter: "Jobcenter Aarhus" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ cpr: "1111229999", navn: "Nina Ny", jobnetprofil: false, brugernavn: "Ukendt", adgangskode: "Ukendt" });

    const again = await call(registerCitizen, { cpr: "0101901111", navn: "Anna Andersen", jobcenter: "Jobcenter Aarhus" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ jobnetprofil: true, brugernavn: "Ukendt", adgangskode: "Ukendt" });
    const [nina] = await db().select().from(citizens).where(eq(citizens.cpr, "1111229999"));
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.subjectCitizenId, nina.id));
    expect(entry).toMatchObject({ action: "citizen.registered", actorKind: "api_client", details: { jobcenter: "Jobcenter Aarhus" } });
  });

  test("B1 a citizen's administrative data includes the brugerkode flag", async () => {
    const response = await call(lookUpCitizen, { cpr: "0202802222" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      cpr: "0202802222",
      navn: "Bent Brugerkode",
      jobnetprofil: { oprettetAf: "jobcenter", senesteMitidLogin: null },
      brugernavn: "bent.brugerkode",
      brugerkodeFlag: { sat: true, aendretAf: "staff" },
    });
    expect(await (await call(lookUpCitizen, { cpr: "0101901111" })).json()).toMatchObject({ brugernavn: null, brugerkodeFlag: { sat: false } });
  });

  test("B1 a jobcenter system sets and removes the flag with a reason, audit-logged as itself", async () => {
    const set = await call(setFlag, { cpr: "0101901111", flag: true, begrundelse: "Mister sit MitID" });
    expect(set.status).toBe(200);
    const body = await set.json();
    expect(body).toMatchObject({ brugernavn: "anna.andersen", brugerkodeFlag: { sat: true, aendretAf: "api_client" } });
    const [codes] = await db().select().from(brugerkoder).where(eq(brugerkoder.username, "anna.andersen"));
    expect(codes.passwordHash).toBeNull();

    const cleared = await call(setFlag, { cpr: "0101901111", flag: false, begrundelse: "Har fået MitID igen" }, { method: "PUT" });
    expect(await cleared.json()).toMatchObject({ brugerkodeFlag: { sat: false } });
    const entries = await db().select().from(auditLog).where(eq(auditLog.subjectCitizenId, codes.citizenId)).orderBy(auditLog.id);
    expect(entries.map((entry) => [entry.action, entry.actorKind, entry.reason])).toEqual([
      ["brugerkode.created", "api_client", "Mister sit MitID"],
      ["brugerkode_flag.set", "api_client", "Mister sit MitID"],
      ["brugerkode_flag.removed", "api_client", "Har fået MitID igen"],
    ]);
  });
});

describe("PersonAdminService errors are problem details, and never repeat a CPR number", () => {
  async function expectProblem(response: Response, status: number, type: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const text = await response.text();
    expect(text).not.toMatch(/\d{10}/);
    const body = JSON.parse(text);
    expect(body).toMatchObject({ type: `/api/v1/problemer/${type}`, status, title: expect.any(String) });
    return body;
  }

  test("X5 401 without a token, with an unknown one and with a revoked one", async () => {
    for (const bearer of [null, "jnpa_not-a-real-token", revokedToken]) {
      const response = await call(lookUpCitizen, { cpr: "0101901111" }, { token: bearer });
      await expectProblem(response, 401, "unauthenticated");
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  test("X4 415 for a body that is not JSON, 400 for broken JSON", async () => {
    await expectProblem(await call(lookUpCitizen, null, { contentType: "text/plain", raw: "cpr=0101901111" }), 415, "unsupported-media-type");
    await expectProblem(await call(lookUpCitizen, null, { raw: '{"cpr": "0101901111"' }), 400, "invalid-json");
  });

  test("X4 400 names each wrong field, without repeating the values", async () => {
    const body = await expectProblem(await call(setFlag, { cpr: "01019011", flag: "ja", ekstra: 1 }), 400, "validation");
    expect(body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["(body)", "begrundelse", "cpr", "flag"]);
    // An unknown field named like a CPR number is not repeated either.
    await expectProblem(await call(lookUpCitizen, { cpr: "0101901111", "0202802222": true }), 400, "validation");
  });

  test("X4 404 for an unknown CPR number", async () => {
    await expectProblem(await call(lookUpCitizen, { cpr: "3112999999" }), 404, "not-found");
    await expectProblem(await call(setFlag, { cpr: "3112999999", flag: true, begrundelse: "x" }), 404, "not-found");
  });

  test("X4 409 for setting the flag of a citizen without a Jobnet profile, and nothing changes", async () => {
    await expectProblem(await call(setFlag, { cpr: "0404954444", flag: true, begrundelse: "x" }), 409, "no-profile");
    const [carl] = await db().select().from(citizens).where(eq(citizens.cpr, "0404954444"));
    expect(await db().select().from(brugerkoder).where(eq(brugerkoder.citizenId, carl.id))).toEqual([]);
  });
});

describe("PersonAdminService authorization, from the table", () => {
  for (const endpoint of apiEndpoints.filter((entry) => entry.path !== "/api/v1/openapi.json")) {
    const key = `${endpoint.method} ${endpoint.path}` as keyof typeof routes;
    for (const role of roles) {
      const allowed = allows(endpoint.allow, role);
      test(`X5 ${key} × ${role} → ${allowed ? "allowed" : "401"}`, async () => {
        const bearer = role === "api-client" ? token : role === "revoked-api-client" ? revokedToken : null;
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (bearer) headers.authorization = `Bearer ${bearer}`;
        // A browser session (citizen or staff) is no way into the API.
        if (!bearer && role !== "anonymous") headers.cookie = "jobnet.session=x; jobnet.staff-session=x";
        const response = await routes[key](new Request("http://localhost/api", { method: endpoint.method, headers, body: JSON.stringify(validBodies[key]) }));
        if (allowed) expect(response.status).toBeLessThan(300);
        else expect(response.status).toBe(401);
      });
    }
  }
});

describe("the OpenAPI document", () => {
  test("B1 it documents every endpoint, its request schema and every problem it can answer", () => {
    const document = personAdminOpenApi();
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(["/borgere", "/borgere/brugerkodeflag", "/borgere/opslag"]);
    const flag = document.paths!["/borgere/brugerkodeflag"]!.put!;
    expect(Object.keys(flag.responses ?? {}).sort()).toEqual(["200", "400", "401", "404", "409", "415", "500", "503"]);
    expect(JSON.stringify(document.components?.schemas?.SaetBrugerkodeFlag)).toContain("begrundelse");
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  });
});

describe("an unexpected failure", () => {
  test("X4 is a 500 problem with an error id for support, and says nothing about the request", async () => {
    const { apiRoute } = await import("./route");
    const { citizenLookupRequest } = await import("./schemas");
    const failing = apiRoute(citizenLookupRequest, async () => {
      throw new Error("database unreachable while looking up 0101901111");
    });
    const response = await call(failing, { cpr: "0101901111" });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("0101901111");
    expect(text).not.toContain("database");
    expect(JSON.parse(text)).toMatchObject({ type: "/api/v1/problemer/internal", status: 500, errorId: expect.any(String) });
  });
});

describe("PersonAdminService and text PostgreSQL cannot store", () => {
  test("X4 a NUL or an unpaired surrogate in any text field is a 400 problem naming the field, and nothing is written", async () => {
    const cases: [keyof typeof routes, Record<string, unknown>, string][] = [
      ["POST /api/v1/borgere", { ...validBodies["POST /api/v1/borgere"], cpr: "1111229999", navn: "a\u0000b" }, "navn"],
      ["POST /api/v1/borgere", { ...validBodies["POST /api/v1/borgere"], cpr: "1111229999", jobcenter: "Jobcenter \ud800" }, "jobcenter"],
      ["POST /api/v1/borgere/opslag", { cpr: "010190\u00001111" }, "cpr"],
      ["PUT /api/v1/borgere/brugerkodeflag", { ...validBodies["PUT /api/v1/borgere/brugerkodeflag"], begrundelse: "\udc00 fordi" }, "begrundelse"],
    ];
    const auditBefore = (await db().select().from(auditLog)).length;
    for (const [endpoint, body, field] of cases) {
      const response = await call(routes[endpoint], body);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
      expect(JSON.stringify(problem)).not.toMatch(/\\u0000|\\ud800|\\udc00/);
    }
    expect(await db().select().from(citizens).where(eq(citizens.cpr, "1111229999"))).toEqual([]);
    expect((await db().select().from(auditLog)).length).toBe(auditBefore);
  });
});

describe("an unreachable database", () => {
  async function expectUnavailableProblem(response: Response, what: string) {
    expect(response.status, what).toBe(503);
    expect(response.headers.get("content-type"), what).toBe("application/problem+json");
    expect(response.headers.get("retry-after"), what).toMatch(/^[1-9]\d*$/);
    const text = await response.text();
    expect(text).not.toContain("0101901111");
    expect(text).not.toContain("127.0.0.1");
    expect(JSON.parse(text), what).toMatchObject({ type: "/api/v1/problemer/unavailable", status: 503, errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
  }

  test("X4 every endpoint answers a 503 problem with Retry-After and an error id, whether the token check or the work meets it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "info").mockImplementation(() => {});
    const unreachable = openPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/jobnet`, { monitor: true });
    try {
      // The database goes away after the token was checked.
      const { apiRoute } = await import("./route");
      const { citizenLookupRequest } = await import("./schemas");
      const working = apiRoute(citizenLookupRequest, async () => {
        await unreachable.db.execute(sql`select 1`);
        return { status: 200, body: {} };
      });
      await expectUnavailableProblem(await call(working, { cpr: "0101901111" }), "during the work");

      // The database is gone before the request: first met by the token check, then known.
      useDatabase(unreachable);
      for (const [key, route] of Object.entries(routes)) {
        await expectUnavailableProblem(await call(route, validBodies[key as keyof typeof routes]), key);
        await expectUnavailableProblem(await call(route, validBodies[key as keyof typeof routes]), `${key}, again`);
      }
      expect(unreachable.monitor!.state).toBe("unavailable");
    } finally {
      useDatabase(handle());
      await unreachable.close();
    }
  });
});
