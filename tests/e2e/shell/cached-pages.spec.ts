import type { Page } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { authState } from "@/tests/support/auth-states";
import { expect, test } from "../../fixtures/test";

/** Records every CSP violation the page reports, from before its first script. */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** React has taken over the page: its scripts and its data both ran. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")))).toBe(true);
}

const cachedPages = [
  { path: "/", heading: da.frontPage.heading },
  { path: "/en", heading: en.frontPage.heading },
  { path: "/hjaelp/faq-jobsoegere", heading: da.faq.jobsoegere.title },
  { path: "/en/hjaelp/hoejtlaesning", heading: en.readAloud.title },
  { path: "/tilgaengelighedserklaering", heading: da.accessibilityStatement.title },
];

for (const { path, heading } of cachedPages) {
  test(`X5 ${path} is served from the cache to a visitor without a session: the same page, its scripts allowed by hash, no nonce, no inline scripts of any other kind`, async ({
    page,
  }) => {
    const violations = await watchCspViolations(page);
    const first = await page.goto(path);
    expect(first?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    const second = await page.reload();
    const headers = second!.headers();
    // Next's cache answered (made anew only when an editor, in a test beside this one, changed content).
    expect(["HIT", "MISS", "STALE"]).toContain(headers["x-nextjs-cache"]);
    const policy = headers["content-security-policy"];
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain("nonce-");
    expect(/script-src [^;]*unsafe-inline/.test(policy)).toBe(false);
    expect(policy).not.toContain("jobnet-script-hashes");
    expect(headers["x-jobnet-script-hashes"]).toBeUndefined();
    // The inner address is never told.
    expect(JSON.stringify(headers)).not.toContain("statisk");
    expect(headers["cache-control"]).toBe("private, no-cache");
    await expectHydrated(page);
    expect(await violations()).toEqual([]);
  });
}

test("X5 a cached page is not rendered again for the next visitor", async ({ request }) => {
  await request.get("/politik-om-persondata");
  // Polled: an editor's change in a test beside this one may have it made once more.
  await expect.poll(async () => (await request.get("/politik-om-persondata")).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("X5 a query, or the language of the address, decides which page is served; a search is rendered for its request", async ({ page }) => {
  const search = await page.goto("/hjaelp/faq-jobsoegere?q=dagpenge");
  expect(search!.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  expect(search!.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(page.getByRole("searchbox")).toHaveValue("dagpenge");
});

test.describe("a logged-in citizen", () => {
  test.use({ storageState: authState("citizen") });

  test("X5 gets the public pages rendered for them, with their name and a nonce, never the cached copy", async ({ page }) => {
    const violations = await watchCspViolations(page);
    for (const path of ["/hjaelp/hoejtlaesning", "/politik-om-persondata"]) {
      const response = await page.goto(path);
      const headers = response!.headers();
      expect(headers["x-nextjs-cache"]).toBeUndefined();
      expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers["cache-control"]).toContain("no-store");
      await expect(page.getByText(da.shell.loggedInAs.replace("{name}", "Anna Andersen"))).toBeVisible();
    }
    await expectHydrated(page);
    expect(await violations()).toEqual([]);
  });
});

test("X5 the cached pages' inner address is no address: it is not found", async ({ request }) => {
  for (const path of ["/statisk/da", "/statisk/da/hjaelp/hoejtlaesning", "/en/statisk/en"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("X2 a page's HTML carries the texts its own scripts use, not the message file", async ({ request }) => {
  const help = await (await request.get("/hjaelp/hoejtlaesning")).text();
  const form = await (await request.get("/log-ind/brugerkoder")).text();
  // Texts no script on these pages uses: the staff tools', the editors', another form's.
  for (const html of [help, form]) {
    expect(html).not.toContain(da.staff.login.title);
    expect(html).not.toContain(da.editor.errors.conflict);
    expect(html).not.toContain(da.supportRequest.errors.situationMissing);
  }
  // The login form's own validation messages travel with it, for checking in the browser.
  expect(form).toContain(da.brugerkodeLogin.errors.usernameMissing);
});

test("X5 a form checked in the browser breaks no rule of its page's CSP", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await page.goto("/log-ind/brugerkoder");
  await expectHydrated(page);
  // The form's own check runs in the browser: nothing it does may need eval.
  await page.getByRole("button", { name: da.brugerkodeLogin.submit }).click();
  await expect(page.getByText(da.brugerkodeLogin.errors.usernameMissing).first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

for (const { path, field, submit, message } of [
  { path: "/log-ind/brugerkoder", field: da.brugerkodeLogin.username, submit: da.brugerkodeLogin.submit, message: da.brugerkodeLogin.errors.usernameMissing },
  { path: "/en/supporthenvendelse", field: en.supportRequest.name, submit: en.supportRequest.submit, message: en.supportRequest.errors.nameMissing },
]) {
  test(`X3 ${path} loads its form's checks when the form is first used, not with the page, and still checks in the browser`, async ({ page }) => {
    // zod's error class is in every build of zod: a script that holds it carries zod.
    const scriptsWithZod: string[] = [];
    const seen: Promise<void>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      seen.push(
        response.text().then(
          (body) => void (body.includes("ZodError") && scriptsWithZod.push(response.url())),
          () => {},
        ),
      );
    });
    await page.goto(path);
    await expectHydrated(page);
    await Promise.all(seen);
    expect(scriptsWithZod).toEqual([]);

    await page.getByRole("textbox", { name: field }).focus();
    await expect.poll(async () => (await Promise.all(seen), scriptsWithZod.length)).toBeGreaterThan(0);
    const sent: string[] = [];
    page.on("request", (request) => void (request.method() === "POST" && sent.push(request.url())));
    await page.getByRole("button", { name: submit }).click();
    await expect(page.getByRole("alert").getByText(message)).toBeVisible();
    // Checked in the browser: nothing was sent.
    expect(sent).toEqual([]);
  });
}
