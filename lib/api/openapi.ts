import { createDocument } from "zod-openapi";
import { problems, type ProblemKind } from "./problems";
import { citizenAdminData, citizenLookupRequest, problemDetails, registerCitizenRequest, registerCitizenResponse, setFlagRequest } from "./schemas";

const json = <T>(schema: T) => ({ content: { "application/json": { schema } } });

/** The documented problems, one response per status (two kinds may share one, e.g. 400). */
function problemResponses(...kinds: ProblemKind[]) {
  const byStatus = new Map<number, string[]>();
  for (const kind of kinds) {
    const { status, title } = problems[kind];
    byStatus.set(status, [...(byStatus.get(status) ?? []), `${title} (type /api/v1/problemer/${kind})`]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, descriptions]) => [
      String(status),
      {
        description: descriptions.join("; or "),
        ...(status === 503 ? { headers: { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" as const } } } } : {}),
        content: { "application/problem+json": { schema: problemDetails } },
      },
    ]),
  );
}

const common = ["unauthenticated", "unsupported-media-type", "internal", "unavailable"] as const;

/** The PersonAdminService OpenAPI document, generated from the schemas the endpoints validate with. */
export function personAdminOpenApi() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Jobnet PersonAdminService",
      version: "1.0.0",
      description:
        "For jobcenter systems: register citizens, read their administrative data and decide who may log in with brugerkoder. " +
        "Every call needs a bearer token (one per system). A CPR number travels only in request bodies, never in addresses, " +
        "and no error answer repeats one. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: "/api/v1" }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths: {
      "/borgere": {
        post: {
          operationId: "tilmeldBorger",
          summary: "Register a citizen at a jobcenter",
          description: "The answer's brugernavn and adgangskode are always 'Ukendt'.",
          requestBody: json(registerCitizenRequest),
          responses: {
            "200": { description: "The citizen was known already", ...json(registerCitizenResponse) },
            "201": { description: "The citizen is new to Jobnet", ...json(registerCitizenResponse) },
            ...problemResponses("validation", "invalid-json", ...common),
          },
        },
      },
      "/borgere/opslag": {
        post: {
          operationId: "slaaBorgerOp",
          summary: "Read a citizen's administrative data, with the brugerkode flag",
          requestBody: json(citizenLookupRequest),
          responses: {
            "200": { description: "The citizen", ...json(citizenAdminData) },
            ...problemResponses("validation", "invalid-json", "not-found", ...common),
          },
        },
      },
      "/borgere/brugerkodeflag": {
        put: {
          operationId: "saetBrugerkodeFlag",
          summary: "Set or remove the brugerkode flag, with a reason",
          description:
            "Setting it for a citizen without brugerkoder gives them a username; support issues the password. Removing it ends the citizen's brugerkode sessions.",
          requestBody: json(setFlagRequest),
          responses: {
            "200": { description: "The citizen after the change", ...json(citizenAdminData) },
            ...problemResponses("validation", "invalid-json", "not-found", "no-profile", ...common),
          },
        },
      },
    },
  });
}
