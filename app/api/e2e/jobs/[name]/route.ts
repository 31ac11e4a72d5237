import { findJob, jobLog } from "@/lib/jobs/registry";

// Browser tests only: runs one scheduled job now, as `npm run job -- <name>` would, inside the
// test server (its embedded database belongs to that process). The route exists only in a
// server started with JOBNET_E2E_FIXTURES=1 (the browser tests' server, which also loads their
// fixture citizens); anywhere else it answers 404 like any unknown address.
export const dynamic = "force-dynamic";

/** `POST /api/e2e/jobs/<name>` with an optional JSON body `{ "now": "<ISO instant>" }` → `{ counts }`. */
export async function POST(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const job = findJob((await params).name);
  if (!job) return Response.json({ error: "unknown job" }, { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { now?: unknown };
  const now = typeof body.now === "string" && !Number.isNaN(Date.parse(body.now)) ? new Date(body.now) : new Date();
  const counts = await job.run({ now, dryRun: false, log: jobLog(job.name) });
  return Response.json({ counts }, { headers: { "cache-control": "no-store" } });
}
