import { personAdminOpenApi } from "@/lib/api/openapi";

// The document depends on the code only, so it is built once, at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(personAdminOpenApi());
}
