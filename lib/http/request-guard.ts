// Requests to pages that Next's own machinery would refuse with a 500 — a form posted from
// another site, a body that is not the form it claims to be — are refused here first, in the
// proxy, with the status that says what was wrong. Nothing in the app runs for them.

/** Why a request to a page is refused before it reaches the page. */
export type Refusal = { status: 403; reason: "cross-origin" } | { status: 400; reason: "malformed-body" } | { status: 413; reason: "too-large" };

/** Next's limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request that changes something must come from the portal's own pages: an `Origin` that
 * names another site, or `null` (a sandboxed or privacy-stripped context), is refused. The
 * comparison is Next's own (the Origin's host against X-Forwarded-Host or Host), so nothing
 * this lets through is then refused by Next. A request without Origin is not from a browser
 * that could carry the citizen's cookies into it, and passes, as in Next.
 */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A form posted without JavaScript names its action in `$ACTION_REF_n` with `$ACTION_n:0`,
 * a JSON object `{ id, bound }`, and further `$ACTION_n:m` JSON values; or in `$ACTION_ID_…`.
 * With JavaScript, the arguments are a JSON reply (field `0` of a multipart body, or the
 * whole text body). These are checked for being what they claim before React decodes them.
 */
function actionFieldsAreWellFormed(form: FormData, fetchAction: boolean): boolean {
  if (fetchAction) {
    const root = form.get("0");
    return root === null || (typeof root === "string" && parsesAsJson(root));
  }
  for (const [name, value] of form.entries()) {
    const field = /^\$ACTION_(\d+):(\d+)$/.exec(name);
    if (!field) continue;
    if (typeof value !== "string" || !parsesAsJson(value)) return false;
    if (field[2] === "0") {
      const meta = JSON.parse(value) as unknown;
      if (typeof meta !== "object" || meta === null || typeof (meta as { id?: unknown }).id !== "string") return false;
      const bound = (meta as { bound?: unknown }).bound;
      if (bound === undefined || bound === null) continue;
      // Bound arguments are a JSON array in the field the reference names.
      const reference = typeof bound === "string" ? /^\$@(\d+)$/.exec(bound) : null;
      const argumentsField = reference ? form.get(`$ACTION_${field[1]}:${reference[1]}`) : null;
      if (typeof argumentsField !== "string" || !parsesAsJson(argumentsField) || !Array.isArray(JSON.parse(argumentsField))) return false;
    }
  }
  for (const name of form.keys()) {
    const reference = /^\$ACTION_REF_(\d+)$/.exec(name);
    if (reference && !form.has(`$ACTION_${reference[1]}:0`)) return false;
  }
  return true;
}

/**
 * Whether a request to a page must be refused before Next handles it, and why: a write from
 * another origin (403), a body larger than a form may be (413), or a body that does not
 * parse as what its Content-Type and action headers say (400). Reads a clone of the body.
 */
export async function refusalFor(request: Request): Promise<Refusal | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  if (isCrossOrigin(request.headers)) return { status: 403, reason: "cross-origin" };

  const fetchAction = request.headers.has("next-action");
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = contentType.startsWith("multipart/form-data");
  if (!multipart && !fetchAction) return null;

  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "too-large" };
  let body: ArrayBuffer;
  try {
    body = await request.clone().arrayBuffer();
  } catch {
    return { status: 400, reason: "malformed-body" };
  }
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "too-large" };

  if (!multipart) {
    // A script's action call with a text body: its arguments as one JSON reply.
    return parsesAsJson(new TextDecoder().decode(body)) ? null : { status: 400, reason: "malformed-body" };
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return { status: 400, reason: "malformed-body" };
  }
  return actionFieldsAreWellFormed(form, fetchAction) ? null : { status: 400, reason: "malformed-body" };
}
