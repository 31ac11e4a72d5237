import { request, type APIRequestContext, type Page } from "@playwright/test";
import { danishDay } from "@/lib/content/danish-time";
import { letterPdfContentSecurityPolicy } from "@/lib/security-headers";
import da from "@/messages/da.json" with { type: "json" };
import { authState } from "@/tests/support/auth-states";
import { beskedCitizens } from "@/tests/support/e2e-fixtures";
import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

type Kind = "stoettebehov-registreret" | "stoettebehov-annulleret";

/** Sends a fixture citizen a message through sendBesked (the browser-test-only /api/e2e/beskeder), as publishing a plan does; returns its id. */
async function sendBesked(client: APIRequestContext, cpr: string, kind: Kind, stoettebehov: string[]): Promise<string> {
  return (await sendBeskedTo(client, cpr, kind, stoettebehov)).id;
}

/** The same, returning the message's id and the citizen's. */
async function sendBeskedTo(client: APIRequestContext, cpr: string, kind: Kind, stoettebehov: string[]): Promise<{ id: string; citizenId: string }> {
  const response = await client.post("/api/e2e/beskeder", { data: { cpr, kind, stoettebehov } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { id: string; citizenId: string };
}

/** An ICU plural message for `count` (the `one` or `other` branch), `#` filled in. */
function plural(message: string, count: number): string {
  const branch = new RegExp(`${count === 1 ? "one" : "other"} \\{([^{}]*)\\}`).exec(message)?.[1] ?? message;
  return branch.replaceAll("#", String(count)).replaceAll("{count}", String(count));
}

/**
 * The accessible name of an unread message's link: its subject and the visually hidden ", ulæst"
 * (Chromium puts a space before the hidden text, which is positioned out of the flow).
 */
function unreadLinkName(subject: string, unreadInLink: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(subject)}\\s*${escape(unreadInLink.trim())}$`);
}

/** The `Mit Jobnet` menu's link to `Min beskedbakke`, by its whole accessible name (with the unread count, when there is one). */
function menuLink(page: Page, portal: Portal, unread: number) {
  const label = portal.m.mitJobnet.menu.beskeder;
  const name = unread === 0 ? label : `${label}, ${plural(portal.m.beskeder.menuUnread, unread)}`;
  return page.getByRole("navigation", { name: portal.m.mitJobnet.menuLabel }).getByRole("link", { name, exact: true });
}

test.describe.configure({ mode: "parallel" });

languagesAndNoScript.forEach(({ language, javaScript }, index) => {
  const mode = describeMode({ language, javaScript });
  test.describe(`Min beskedbakke (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R4.1 a citizen finds new messages newest first and unread, reads one with its letter as a PDF, and the unread count drops in the menu and on the overview (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.beskeder;
      const citizen = beskedCitizens[index];
      await portal.logInWithMitid({ cpr: citizen.cpr });
      await portal.expectWelcome(citizen.name);

      // Nothing yet: no card on the overview, no count in the menu, and the inbox says it is empty.
      await expect(page.getByRole("heading", { name: m.title, exact: true })).toHaveCount(0);
      await menuLink(page, portal, 0).click();
      await portal.expectHeading(m.title);
      await expect(page.getByRole("main")).toContainText(m.empty);

      // The jobcenter registers two støttebehov, and later annuls one of them.
      const registered = await sendBesked(page.request, citizen.cpr, "stoettebehov-registreret", ["mentor", "psykolog"]);
      const annulled = await sendBesked(page.request, citizen.cpr, "stoettebehov-annulleret", ["mentor"]);

      await portal.openFrontPage();
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: m.title, exact: true }) });
      await expect(card).toContainText(plural(m.overview.text, 2));
      await expect(menuLink(page, portal, 2)).toBeVisible();
      await card.getByRole("link", { name: m.overview.link }).click();
      await portal.expectHeading(m.title);

      // The list has a heading of its own; an unread message's link says it is unread, for a screen reader moving by links.
      await expect(page.getByRole("heading", { name: m.listHeading, level: 2 })).toBeVisible();
      const list = page.getByRole("list", { name: m.listHeading });
      const items = list.getByRole("listitem");
      await expect(items).toHaveCount(2);
      for (const kind of ["stoettebehov-annulleret", "stoettebehov-registreret"] as const)
        await expect(list.getByRole("link", { name: unreadLinkName(m.kinds[kind].subject, m.unreadInLink) })).toBeVisible();
      await expect(items.nth(0)).toContainText(m.kinds["stoettebehov-annulleret"].subject);
      await expect(items.nth(1)).toContainText(m.kinds["stoettebehov-registreret"].subject);
      for (const item of [items.nth(0), items.nth(1)]) {
        await expect(item).toContainText(m.unread);
        await expect(item).toContainText("Jobcenter København");
      }

      // Opening the registration: its letter in the page's language, the støttebehov listed, and who to contact.
      await list.getByRole("link", { name: m.kinds["stoettebehov-registreret"].subject }).click();
      await portal.expectHeading(m.kinds["stoettebehov-registreret"].subject);
      await expect(page).toHaveURL(new RegExp(`${portal.path("/beskeder")}/${registered}$`));
      const main = page.getByRole("main");
      for (const label of [portal.m.stoettebehov.mentor, portal.m.stoettebehov.psykolog])
        await expect(main.getByRole("listitem").filter({ hasText: label })).toBeVisible();
      await expect(main).toContainText(plural(m.kinds["stoettebehov-registreret"].body.split("\n\n").at(-1)!, 2));
      await expect(main).toContainText("Jobcenter København");
      await expect(menuLink(page, portal, 1)).toBeVisible();

      // The letter as a PDF: shown inline, named for what it is and when, never cached.
      const pdfLink = page.getByRole("region", { name: m.letterHeading }).getByRole("link", { name: m.letterLink });
      const href = await pdfLink.getAttribute("href");
      expect(href).toBe(`${portal.path("/beskeder")}/${registered}/brev`);
      const pdf = await page.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect(pdf.headers()["content-disposition"]).toBe(`inline; filename="${m.kinds["stoettebehov-registreret"].file}-${danishDay(new Date())}.pdf"`);
      expect(pdf.headers()["cache-control"]).toBe("no-store");
      const body = await pdf.body();
      expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(body.toString("latin1")).toContain(language === "da" ? "/Lang (da-DK)" : "/Lang (en-GB)");
      // Its own CSP, which lets the browser's PDF viewer show it (the pages' object-src 'none' would not), and nothing run.
      expect(pdf.headers()["content-security-policy"]).toBe(letterPdfContentSecurityPolicy);
      // Opened in the browser itself: the PDF, inline — or, where a headless browser has no viewer, as a download.
      const messageUrl = page.url();
      const opened = page.waitForResponse((response) => new URL(response.url()).pathname === href);
      await page.goto(href!).catch((error: Error) => {
        if (!/Download is starting/.test(error.message)) throw error;
      });
      const shown = await opened;
      expect(shown.status()).toBe(200);
      expect(await shown.headerValue("content-type")).toBe("application/pdf");
      expect(await shown.headerValue("content-security-policy")).toBe(letterPdfContentSecurityPolicy);
      await page.goto(messageUrl);
      await portal.expectHeading(m.kinds["stoettebehov-registreret"].subject);

      // Back in the inbox the registration is read; the annulment is not.
      await page.getByRole("link", { name: m.back }).click();
      await portal.expectHeading(m.title);
      await expect(items.nth(1)).not.toContainText(m.unread);
      await expect(items.nth(0)).toContainText(m.unread);
      await expect(list.getByRole("link", { name: m.kinds["stoettebehov-registreret"].subject, exact: true })).toBeVisible();

      // Asking only for the headers, or a browser prefetching the page or the letter, reads nothing.
      const annulledPage = `${portal.path("/beskeder")}/${annulled}`;
      for (const path of [annulledPage, `${annulledPage}/brev`]) {
        expect((await page.request.head(path)).status(), path).toBe(200);
        for (const headers of [{ "Sec-Purpose": "prefetch" }, { "Sec-Purpose": "prefetch;prerender" }, { Purpose: "prefetch" }] as Record<string, string>[])
          expect((await page.request.get(path, { headers })).status(), path).toBe(200);
      }
      await page.reload();
      await expect(items.nth(0)).toContainText(m.unread);
      await expect(menuLink(page, portal, 1)).toBeVisible();

      // Opening the annulment's letter alone counts as reading it: nothing is unread any more.
      expect((await page.request.get(`${portal.path("/beskeder")}/${annulled}/brev`)).status()).toBe(200);
      await portal.openFrontPage();
      await expect(page.getByRole("heading", { name: m.title, exact: true })).toHaveCount(0);
      await expect(menuLink(page, portal, 0)).toBeVisible();
      await menuLink(page, portal, 0).click();
      await expect(page.getByText(m.unread, { exact: true })).toHaveCount(0);
      await list.getByRole("link", { name: m.kinds["stoettebehov-annulleret"].subject }).click();
      await portal.expectHeading(m.kinds["stoettebehov-annulleret"].subject);
      await expect(main.getByRole("listitem").filter({ hasText: portal.m.stoettebehov.mentor })).toBeVisible();
      await expect(main).not.toContainText(portal.m.stoettebehov.psykolog);

      // A new message, the only unread one: on its own page the menu already counts it read — no "1 ulæst" there.
      await sendBesked(page.request, citizen.cpr, "stoettebehov-registreret", ["sps"]);
      await page.getByRole("link", { name: m.back }).click();
      await expect(menuLink(page, portal, 1)).toBeVisible();
      await list.getByRole("link", { name: unreadLinkName(m.kinds["stoettebehov-registreret"].subject, m.unreadInLink) }).click();
      await expect(main.getByRole("listitem").filter({ hasText: portal.m.stoettebehov.sps })).toBeVisible();
      await expect(menuLink(page, portal, 0)).toBeVisible();
      await expect(menuLink(page, portal, 1)).toHaveCount(0);
    });

    test(`R4.1 X5 another citizen's message, or an id that names none, is not found at its page or its letter, and stays unread (${mode})`, async ({
      page,
    }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.beskeder;
      const owner = beskedCitizens[3 + index];
      const other = beskedCitizens[6];
      const { id: someoneElses, citizenId: ownerId } = await sendBeskedTo(page.request, owner.cpr, "stoettebehov-registreret", ["sps"]);
      await portal.logInWithMitid({ cpr: other.cpr });
      await portal.expectWelcome(other.name);

      for (const id of [someoneElses, "00000000-0000-4000-8000-000000000000", "ikke-et-id"]) {
        const response = await page.goto(`${portal.path("/beskeder")}/${id}`);
        expect(response!.status()).toBe(404);
        await portal.expectHeading(m.notFoundTitle);
        await expect(page.getByRole("main")).not.toContainText(portal.m.stoettebehov.sps);
        const letter = await page.request.get(`${portal.path("/beskeder")}/${id}/brev`, { maxRedirects: 0 });
        expect(letter.status()).toBe(404);
        expect(letter.headers()["content-type"]).toContain("text/html");
      }
      await page.getByRole("link", { name: m.back }).click();
      await portal.expectHeading(m.title);
      await expect(page.getByRole("main")).toContainText(m.empty);

      // The owner's message is still unread, as their caseworker sees.
      const caseworker = await request.newContext({ baseURL: new URL(page.url()).origin, storageState: authState("caseworker") });
      const citizenPage = await caseworker.get(`/medarbejder/jobcenter/borger/${ownerId}`);
      expect(citizenPage.status()).toBe(200);
      const html = await citizenPage.text();
      expect(html).toContain(da.beskeder.kinds["stoettebehov-registreret"].subject);
      expect(html).toContain(`>${da.beskeder.staff.unread}<`);
      await caseworker.dispose();
    });
  });
});

for (const language of ["da", "en"] as const) {
  test.describe(`The caseworker (${language})`, () => {
    test.use({ storageState: authState("caseworker") });

    test(`R4.1 Jens Jobcenter sees the messages sent to his citizen, with date, subject and whether each is read (${language})`, async ({ page }) => {
      const owner = beskedCitizens[language === "da" ? 7 : 6];
      const portal = new Portal(page, language);
      const staff = new StaffPortal(page, language);
      await sendBesked(page.request, owner.cpr, "stoettebehov-registreret", ["helbred"]);
      await staff.findForJobcenter(owner.cpr);
      const section = page.getByRole("region", { name: portal.m.beskeder.staff.heading, exact: true });
      const row = section.getByRole("row").filter({ hasText: portal.m.beskeder.kinds["stoettebehov-registreret"].subject });
      await expect(row).toBeVisible();
      await expect(row.getByRole("cell").last()).toHaveText(portal.m.beskeder.staff.unread);
      // The letter itself is the citizen's: not shown here.
      await expect(section).not.toContainText(portal.m.stoettebehov.helbred);
    });
  });
}

/** Who asks for the inbox's addresses, and what they get: only the logged-in citizen reaches them, and only their own messages. */
const visitors = [
  { role: "anonymous", storage: undefined },
  { role: "another citizen (Anna Andersen)", storage: authState("citizen") },
  { role: "support", storage: authState("support") },
  { role: "caseworker", storage: authState("caseworker") },
  { role: "editor", storage: authState("editor") },
] as const;

test.describe("Who reaches Min beskedbakke", () => {
  for (const { role, storage } of visitors) {
    test(`R4.1 X5 /beskeder, a message and its letter × ${role}`, async ({ baseURL }) => {
      const fixtures = await request.newContext({ baseURL });
      const id = await sendBesked(fixtures, beskedCitizens[5].cpr, "stoettebehov-registreret", ["mentor"]);
      await fixtures.dispose();
      const client = await request.newContext({ baseURL, storageState: storage });
      for (const prefix of ["", "/en"]) {
        for (const path of ["/beskeder", `/beskeder/${id}`, `/beskeder/${id}/brev`]) {
          const response = await client.get(`${prefix}${path}`, { maxRedirects: 0 });
          if (role.startsWith("another citizen")) {
            // Their own inbox answers; someone else's message is not found — never 403.
            expect(response.status(), path).toBe(path === "/beskeder" ? 200 : 404);
            expect(await response.text()).not.toMatch(/Mentorstøtte|Support from a mentor/);
          } else {
            // Without a citizen session (staff sessions are not one) the visitor is sent to the front page.
            expect(response.status(), path).toBe(307);
            expect(response.headers().location, path).toMatch(new RegExp(`^(https?://[^/]+)?${prefix || "/"}$`));
          }
        }
      }
      await client.dispose();
    });
  }
});
