// A static answer, served without touching the database: load balancers probe it, and
// the benchmark uses it as the baseline for what the server itself costs.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ status: "ok" });
}
