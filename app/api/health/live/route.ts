// Liveness: a static answer, served without touching the database. It says the server
// process answers at all; the benchmark uses it as the baseline for what the server itself costs.
export const dynamic = "force-static";

export function GET() {
  return Response.json({ status: "ok" });
}
