import { ageE2eJobAgents } from "@/tests/support/e2e-jobagents";

// Browser tests only: makes a fixture citizen's job agents look unused for 70 days, so the
// housekeeping job warns them, and gives each agent's keep-alive token. Like /api/e2e/jobs, the
// route exists only in a server started with JOBNET_E2E_FIXTURES=1; anywhere else it answers 404.
export const dynamic = "force-dynamic";

/** `POST /api/e2e/jobagents` with `{ "cpr": "<fixture citizen>" }` → `{ agents: [{ id, keepToken }] }`. */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { cpr?: unknown };
  if (typeof body.cpr !== "string" || !/^11111104\d\d$/.test(body.cpr)) return Response.json({ error: "a fixture citizen's cpr" }, { status: 400 });
  const agents = await ageE2eJobAgents({ cpr: body.cpr });
  return Response.json({ agents }, { headers: { "cache-control": "no-store" } });
}
