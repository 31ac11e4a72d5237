import type { BrowserContext, Page } from "@playwright/test";
import type { TokenFault } from "@/mitid-simulator/identities";
import { expect, test } from "../../fixtures/test";
import { simulatorFaults } from "../../pages/mitid-simulator";
import { Portal, type Language } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

const faults = Object.keys(simulatorFaults) as TokenFault[];

/** No portal session: no session cookie, the protected profile page sends the visitor away, and the front page offers MitID. */
async function expectNoSession(portal: Portal, context: BrowserContext) {
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("jobnet.session");
  await portal.page.goto(portal.path("/profil"));
  await expect(portal.page).toHaveURL(portal.path("/"));
  await expect(portal.page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
  await portal.expectLoggedOut();
}

/** An address of the portal's with the given path and the given parameter in its query (others, e.g. an error id, may be there too). */
function addressWith(path: string, parameter: string): RegExp {
  return new RegExp(`^https?://[^/]+${path}\\?(.*&)?${parameter}(&|$)`);
}

/** The portal's own page for a MitID login it could not complete, not an error page or a raw message. */
async function expectRefused(portal: Portal) {
  await expect(portal.page).toHaveURL(addressWith(portal.path("/log-ind/fejl"), "aarsag=teknisk"));
  await portal.expectHeading(portal.m.loginProblem.teknisk.title);
  await expect(portal.page.getByText(portal.m.loginProblem.notLoggedIn)).toBeVisible();
  await expect(portal.page.getByRole("button", { name: portal.m.mitid.loginButton })).toBeVisible();
}

async function logInWithFault(portal: Portal, fault: TokenFault, name = "Anna Andersen") {
  await portal.openFrontPage();
  await portal.startMitidLogin();
  await portal.mitid.expectShown();
  await portal.mitid.injectFault(fault);
  await portal.mitid.logInAs(name);
}

for (const fault of faults) {
  test(`X5 an ID token from the MitID broker with the fault "${fault}" is refused with a clear message and no session (da)`, async ({ page, context }) => {
    const portal = new Portal(page, "da");
    await logInWithFault(portal, fault);
    await expectRefused(portal);
    await expectNoSession(portal, context);
  });
}

for (const fault of ["bad-signature", "nonce-mismatch"] as TokenFault[]) {
  test(`X5 an ID token with the fault "${fault}" is refused in the language the login began in (en)`, async ({ page, context }) => {
    const portal = new Portal(page, "en");
    await logInWithFault(portal, fault);
    await expectRefused(portal);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoSession(portal, context);
  });
}

for (const [language, fault] of [
  ["da", "wrong-aud"],
  ["en", "expired"],
] as [Language, TokenFault][]) {
  test(`X5 a staff login whose ID token has the fault "${fault}" is refused on the staff login page with no session (${language})`, async ({
    page,
    context,
  }) => {
    const staff = new StaffPortal(page, language);
    await page.goto(staff.path("/medarbejder/log-ind"));
    await page.getByRole("button", { name: staff.m.login.button }).click();
    const portal = new Portal(page, language);
    await portal.mitid.expectShown();
    await portal.mitid.injectFault(fault);
    await portal.mitid.logInAs("Sofie Support");

    await expect(page).toHaveURL(addressWith(staff.path("/medarbejder/log-ind"), "fejl=teknisk"));
    await expect(page.getByRole("heading", { level: 1, name: staff.m.login.title })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: staff.m.login.problems.teknisk })).toBeVisible();
    // (The simulator's own cookies share the browser's jar; the portal's all begin with "jobnet".)
    const portalSessionCookies = (await context.cookies()).map((cookie) => cookie.name).filter((name) => name.startsWith("jobnet") && name.includes("session"));
    expect(portalSessionCookies).toEqual([]);
    await page.goto(staff.path("/medarbejder"));
    await expect(page.getByRole("button", { name: staff.m.login.button })).toBeVisible();
  });
}

for (const language of ["da", "en"] as Language[]) {
  test(`R1.1a a citizen with name-and-address protection logs in with MitID like anyone else (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await portal.openFrontPage();
    await portal.startMitidLogin();
    await portal.mitid.expectShown();
    await portal.mitid.chooseNameAndAddressProtection();
    await portal.mitid.logInAs("Emil Ung");
    await portal.expectWelcome("Emil Ung");
    await expect(page).toHaveURL(portal.path("/"));
  });
}

/**
 * Starts a MitID login in a browser of its own and holds it at the portal's door: the
 * simulator's redirects are followed here, one by one with the browser's cookies, until the
 * next one is the portal's callback with this login's code. `release()` lets the browser go on.
 * (Playwright does not route the hops of a redirect, so the door cannot be held in the browser.)
 */
async function heldLogin(context: BrowserContext, choose: (portal: Portal) => Promise<void>) {
  const page: Page = await context.newPage();
  const portal = new Portal(page, "da");
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reachDoor!: (callback: string) => void;
  const atDoor = new Promise<string>((resolve) => (reachDoor = resolve));
  await page.route(
    (url) => /^\/interaction\/[\w-]+\/login$/.test(url.pathname),
    async (route) => {
      let response = await route.fetch({ maxRedirects: 0 });
      let location = new URL(response.headers()["location"], route.request().url());
      while (location.pathname !== "/api/auth/callback/mitid") {
        response = await page.request.get(location.toString(), { maxRedirects: 0 });
        location = new URL(response.headers()["location"], location);
      }
      reachDoor(location.toString());
      await released;
      await route.fulfill({ status: 303, headers: { location: location.toString() } });
    },
    { times: 1 },
  );
  await portal.openFrontPage();
  await portal.startMitidLogin();
  await portal.mitid.expectShown();
  await choose(portal);
  const loggingIn = portal.mitid.logInAs("Dorte Fleks");
  expect(new URL(await atDoor).searchParams.get("code")).toBeTruthy();
  return {
    portal,
    async release() {
      release();
      await loggingIn;
    },
  };
}

test("X5 the simulator's choices belong to one login: parallel logins of the same person never mix them up", async ({ browser, baseURL }) => {
  const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext({ baseURL })));
  try {
    // A clean login is held at the portal's door while a faulty login of the same person
    // completes, and the other way round.
    const clean = await heldLogin(contexts[0], async () => {});
    const faulty = new Portal(await contexts[1].newPage(), "da");
    await logInWithFault(faulty, "expired", "Dorte Fleks");
    await expectRefused(faulty);
    await clean.release();
    await clean.portal.expectWelcome("Dorte Fleks");

    const heldFaulty = await heldLogin(contexts[2], (portal) => portal.mitid.injectFault("wrong-iss"));
    const other = new Portal(await contexts[3].newPage(), "da");
    await other.logInWithMitid({ name: "Dorte Fleks" });
    await other.expectWelcome("Dorte Fleks");
    await heldFaulty.release();
    await expectRefused(heldFaulty.portal);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
