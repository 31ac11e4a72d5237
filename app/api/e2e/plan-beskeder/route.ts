import { planCitizens } from "@/tests/support/e2e-fixtures";
import { listE2eBeskeder } from "@/tests/support/e2e-plan-beskeder";

const planCprs = new Set(planCitizens.map((person) => person.cpr));

// Browser tests only: the beskeder a fixture citizen has been sent, so a test of the jobcenter's
// plans can see what publishing sent (R4.1). Like /api/e2e/jobs, the route exists only in a
// server started with JOBNET_E2E_FIXTURES=1; anywhere else it answers 404.
export const dynamic = "force-dynamic";

/**
 * `POST /api/e2e/plan-beskeder` with `{ "cpr": "<fixture citizen>" }` → `{ beskeder: [{ kind,
 * planVersion, stoettebehov }] }`. A POST with a JSON body, like the other e2e routes, so no
 * CPR number is ever in an address (or an access log).
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { cpr?: unknown };
  if (typeof body.cpr !== "string" || !planCprs.has(body.cpr)) return Response.json({ error: "a plan fixture citizen's cpr" }, { status: 400 });
  return Response.json({ beskeder: await listE2eBeskeder({ cpr: body.cpr }) }, { headers: { "cache-control": "no-store" } });
}
