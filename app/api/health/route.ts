import { databaseAnswers } from "@/db/client";
import { RETRY_AFTER_SECONDS } from "@/lib/database-unavailable";

// Readiness, for load balancers and monitoring: whether the portal can serve pages, which
// needs its database. The check is a `select 1` on a new connection with a 2 s limit,
// reused for a second, so probing this often costs the database little.
export const dynamic = "force-dynamic";

export async function GET() {
  if (await databaseAnswers({ maxAgeMs: 1000 })) {
    return Response.json({ status: "ok", database: "ok" }, { headers: { "cache-control": "no-store" } });
  }
  return Response.json(
    { status: "unavailable", database: "unavailable" },
    { status: 503, headers: { "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) } },
  );
}
