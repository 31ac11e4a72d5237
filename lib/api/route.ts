import "server-only";
import type { z } from "zod";
import { errorIdIfDatabaseUnreachable } from "@/db/availability";
import { ConflictError, NotFoundError, logUnexpectedError } from "@/lib/errors";
import { redact } from "@/lib/log";
import { recordApiClientUse } from "./mutations";
import { problemResponse } from "./problems";
import { findActiveApiClient } from "./queries";
import { hashApiToken } from "./tokens";

export interface ApiClientIdentity {
  id: string;
  name: string;
}

async function authenticate(request: Request): Promise<ApiClientIdentity | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) return null;
  const client = await findActiveApiClient({ tokenHash: hashApiToken(match[1]) });
  if (client) await recordApiClientUse({ clientId: client.id });
  return client;
}

/**
 * The one way a PersonAdminService endpoint is made: bearer token first (401 for a missing,
 * unknown or revoked one), then a JSON body validated by the endpoint's zod schema (400 with
 * each field's problem), then the handler. Expected failures become their problem (404,
 * 409); a database that cannot be reached is answered 503 with Retry-After; anything else is
 * logged under an id and answered 500. No answer repeats what the request said beyond field
 * names, and even those are redacted.
 */
export function apiRoute<Schema extends z.ZodType>(
  schema: Schema,
  handler: (input: z.output<Schema>, context: { client: ApiClientIdentity }) => Promise<{ status: number; body: unknown }>,
) {
  return async function route(request: Request): Promise<Response> {
    let client: ApiClientIdentity | null;
    try {
      client = await authenticate(request);
    } catch (error) {
      const errorId = errorIdIfDatabaseUnreachable(error, "api");
      if (errorId) return problemResponse("unavailable", { errorId });
      throw error;
    }
    if (!client) return problemResponse("unauthenticated");
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
      return problemResponse("unsupported-media-type");
    }
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      return problemResponse("invalid-json");
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return problemResponse("validation", {
        errors: parsed.error.issues.map((issue) => ({
          path: redact(issue.path.join(".") || "(body)"),
          message: redact(issue.message),
        })),
      });
    }
    try {
      const { status, body } = await handler(parsed.data, { client });
      return Response.json(body, { status, headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof NotFoundError) return problemResponse("not-found");
      if (error instanceof ConflictError && error.messageKey === "errors.noProfile") return problemResponse("no-profile");
      const unavailableId = errorIdIfDatabaseUnreachable(error, "api");
      if (unavailableId) return problemResponse("unavailable", { errorId: unavailableId });
      return problemResponse("internal", { errorId: logUnexpectedError(error, "api") });
    }
  };
}
