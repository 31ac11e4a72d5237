import { request } from "@playwright/test";
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

// Every address the plans, messages, sick reports and registration added, tried by everyone who
// is not their owner: anonymous visitors and staff (whose sessions are not citizen sessions) are
// sent to the front page, and another citizen gets their own pages only — Emil Ung's message,
// letter and uddannelsespålæg (demo data) are "not found" to them, never "forbidden".
const visitors = [
  { role: "anonymous", storage: undefined },
  { role: "another citizen (Anna Andersen)", storage: authState("citizen") },
  { role: "support", storage: authState("support") },
  { role: "caseworker", storage: authState("caseworker") },
  { role: "editor", storage: authState("editor") },
] as const;

/** The new tools' own addresses, which show only the logged-in citizen's own data. */
const ownPages = [
  "/min-plan",
  "/min-plan/historik",
  "/beskeder",
  "/meld-syg",
  "/meld-rask",
  "/tilmelding",
  "/tilmelding/foerste-ledighedsdag",
  "/tilmelding/a-kasse",
  "/tilmelding/kontaktoplysninger",
  "/tilmelding/tjek-dine-svar",
  "/tilmelding/kvittering",
];

test.describe("Who reaches Min plan, Min beskedbakke, Meld syg/rask and Tilmelding", () => {
  for (const { role, storage } of visitors) {
    test(`R4.1 R4.3 R4.2 R1.7 X5 every new address × ${role}`, async ({ page, baseURL }) => {
      // Emil's own addresses, read from his pages as he sees them.
      const portal = new Portal(page, "da", true);
      await portal.logInWithMitid({ name: "Emil Ung" });
      await portal.expectWelcome("Emil Ung");
      await page.goto("/beskeder");
      const messageHref = await page.getByRole("main").locator('a[href^="/beskeder/"]').first().getAttribute("href");
      await page.goto("/min-plan/historik");
      const documentHref = await page.getByRole("main").locator('a[href^="/min-plan/historik/dokumenter/"]').first().getAttribute("href");
      expect(messageHref).toMatch(/^\/beskeder\/[0-9a-f-]{36}$/);
      expect(documentHref).toMatch(/^\/min-plan\/historik\/dokumenter\/[0-9a-f-]{36}$/);
      const emilsAddresses = [messageHref!, `${messageHref}/brev`, documentHref!];

      const client = await request.newContext({ baseURL, storageState: storage });
      for (const prefix of ["", "/en"]) {
        for (const path of [...ownPages, ...emilsAddresses]) {
          const response = await client.get(`${prefix}${path}`, { maxRedirects: 0 });
          const where = `${prefix}${path}`;
          if (role.startsWith("another citizen")) {
            if (emilsAddresses.includes(path)) {
              expect(response.status(), where).toBe(404);
            } else {
              // Their own page: it answers (a redirect to the right step, a page saying why not, or
              // "not found" for a receipt they do not have), never "forbidden" and never an error.
              expect([200, 303, 307, 404, 409], where).toContain(response.status());
            }
            const body = await response.text();
            expect(body, where).not.toContain("Emil Ung");
            expect(body, where).not.toContain("%PDF");
          } else {
            expect(response.status(), where).toBe(307);
            expect(response.headers().location, where).toMatch(new RegExp(`^(https?://[^/]+)?${prefix || "/"}$`));
          }
        }
      }
      await client.dispose();
    });
  }
});
