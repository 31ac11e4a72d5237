import { isStoettebehovKode } from "@/lib/plans/stoettebehov";
import { sendE2eBesked } from "@/tests/support/e2e-beskeder";

// Browser tests only: sends a fixture citizen a message with a letter in `Min beskedbakke`
// through sendBesked, as publishing a plan does. Like /api/e2e/jobs, the route exists only in a
// server started with JOBNET_E2E_FIXTURES=1; anywhere else it answers 404.
export const dynamic = "force-dynamic";

/**
 * `POST /api/e2e/beskeder` with `{ "cpr": "<fixture citizen>", "kind": "stoettebehov-registreret" |
 * "stoettebehov-annulleret", "stoettebehov": ["mentor", …] }` → `{ id, citizenId }`.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { cpr?: unknown; kind?: unknown; stoettebehov?: unknown };
  const codes = Array.isArray(body.stoettebehov) ? body.stoettebehov : [];
  if (
    typeof body.cpr !== "string" ||
    !/^11111105\d\d$/.test(body.cpr) ||
    (body.kind !== "stoettebehov-registreret" && body.kind !== "stoettebehov-annulleret") ||
    codes.length === 0 ||
    !codes.every((code) => typeof code === "string" && isStoettebehovKode(code))
  ) {
    return Response.json({ error: "a fixture citizen's cpr, a kind and støttebehov codes" }, { status: 400 });
  }
  const sent = await sendE2eBesked({ cpr: body.cpr, kind: body.kind, stoettebehov: codes });
  if (!sent) return Response.json({ error: "no such fixture citizen" }, { status: 404 });
  return Response.json(sent, { headers: { "cache-control": "no-store" } });
}
