import { planCitizens } from "@/tests/support/e2e-fixtures";
import { listE2eBeskeder } from "@/tests/support/e2e-plan-beskeder";

const planCprs = new Set(planCitizens.map((person) => person.cpr));

// Browser tests only: the beskeder a fixture citizen has been sent, so a test of the jobcenter's
// plans can see what publishing sent (R4.1). Like /api/e2e/jobs, the route exists only in a
// server started with JOBNET_E2E_FIXTURES=1; anywhere else it answers 404.
export const dynamic = "force-dynamic";

/** `GET /api/e2e/plan-beskeder?cpr=<fixture citizen>` → `{ beskeder: [{ kind, planVersion, stoettebehov }] }`. */
export async function GET(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const cpr = new URL(request.url).searchParams.get("cpr") ?? "";
  if (!planCprs.has(cpr)) return Response.json({ error: "a plan fixture citizen's cpr" }, { status: 400 });
  return Response.json({ beskeder: await listE2eBeskeder({ cpr }) }, { headers: { "cache-control": "no-store" } });
}
