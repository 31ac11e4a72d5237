import { request, type APIRequestContext } from "@playwright/test";
import { allows, concretePath, namesNoOne, roles, staffPages, type Role } from "@/tests/support/authorization-matrix";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";

// Staff pages × every role, from the one authorization table. A role that may not see a
// page is sent to the staff login (no staff session) or to "Du har ikke adgang".
function storageFor(role: Role): string | undefined {
  if (role === "support" || role === "caseworker" || role === "editor" || role === "citizen") return authState(role);
  return undefined;
}

for (const role of roles) {
  test.describe(`as ${role}`, () => {
    let client: APIRequestContext;
    test.beforeAll(async ({ baseURL }) => {
      client = await request.newContext({ baseURL, storageState: storageFor(role) });
    });
    test.afterAll(async () => client.dispose());

    for (const { path, allow } of staffPages) {
      for (const language of ["da", "en"] as const) {
        const address = `${language === "en" ? "/en" : ""}${concretePath(path)}`;
        const allowed = allows(allow, role);
        test(`X5 ${address} × ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
          const response = await client.get(address, { maxRedirects: 0 });
          if (allowed) {
            // The page itself answers; a citizen page about an id that matches no one says so with a 404.
            expect(response.status()).toBe(namesNoOne(path) ? 404 : 200);
          } else {
            expect(response.status()).toBe(307);
            const staffSession = role === "support" || role === "caseworker" || role === "editor";
            expect(response.headers().location).toMatch(staffSession ? /\/medarbejder\/ingen-adgang$/ : /\/medarbejder\/log-ind$/);
          }
        });
      }
    }
  });
}
