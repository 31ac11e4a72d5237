import { queueE2eNotice } from "@/tests/support/e2e-notices";

// Browser tests only: queues a job-agent notice (as the job agents' digest does) for a fixture
// citizen, so a test can follow the links in its footer. Like /api/e2e/jobs, the route exists
// only in a server started with JOBNET_E2E_FIXTURES=1; anywhere else it answers 404.
export const dynamic = "force-dynamic";

/** `POST /api/e2e/notices` with `{ "cpr": "<fixture citizen>", "topic": "jobagent" | "besked" }` → `{ channels }`. */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { cpr?: unknown; topic?: unknown };
  if (typeof body.cpr !== "string" || !/^11111103\d\d$/.test(body.cpr) || (body.topic !== "jobagent" && body.topic !== "besked")) {
    return Response.json({ error: "a fixture citizen's cpr and a topic" }, { status: 400 });
  }
  const channels = await queueE2eNotice({ cpr: body.cpr, topic: body.topic });
  return Response.json({ channels }, { headers: { "cache-control": "no-store" } });
}
