import { RETRY_AFTER_SECONDS } from "@/lib/database-unavailable";

/** The problems the API answers with (RFC 9457), each with its status and a fixed title. */
export const problems = {
  validation: { status: 400, title: "The request is not valid" },
  "invalid-json": { status: 400, title: "The request body is not valid JSON" },
  unauthenticated: { status: 401, title: "A valid bearer token is required" },
  "not-found": { status: 404, title: "No citizen with that CPR number" },
  "no-profile": { status: 409, title: "The citizen has no Jobnet profile" },
  "unsupported-media-type": { status: 415, title: "The request body must be application/json" },
  internal: { status: 500, title: "Something went wrong" },
  unavailable: { status: 503, title: "The service cannot reach its database; try again later" },
} as const;

export type ProblemKind = keyof typeof problems;

/**
 * A problem details answer. Its text comes from the fixed titles and field paths, never
 * from the request, so it can never echo a CPR number back.
 */
export function problemResponse(kind: ProblemKind, extra: { detail?: string; errors?: { path: string; message: string }[]; errorId?: string } = {}): Response {
  const { status, title } = problems[kind];
  const headers: Record<string, string> = { "content-type": "application/problem+json", "cache-control": "no-store" };
  if (kind === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="PersonAdminService"';
  if (kind === "unavailable") headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify({ type: `/api/v1/problemer/${kind}`, title, status, ...extra }), { status, headers });
}
