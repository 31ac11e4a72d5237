import { expect, test } from "../../fixtures/test";

test("X2 Danish pages are at unprefixed paths with lang=da, English under /en with lang=en", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1, name: "Velkommen til Jobnet" })).toBeVisible();
  await expect(page).toHaveTitle("Forside – Jobnet");

  for (const path of ["/en", "/en/log-ind/brugerkoder", "/en/logget-ud"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Jobnet" })).toBeVisible();
  await expect(page).toHaveTitle("Front page – Jobnet");
});

test("X2 the language switch leads to the same page in the other language", async ({ page }) => {
  await page.goto("/log-ind/brugerkoder");
  const toEnglish = page.getByRole("link", { name: "Read this page in English" });
  await expect(toEnglish).toHaveAttribute("lang", "en");
  await toEnglish.click();
  await expect(page).toHaveURL("/en/log-ind/brugerkoder");
  await expect(page.getByRole("heading", { level: 1, name: "Log in with username and password" })).toBeVisible();

  const toDanish = page.getByRole("link", { name: "Læs siden på dansk" });
  await expect(toDanish).toHaveAttribute("lang", "da");
  await toDanish.click();
  await expect(page).toHaveURL("/log-ind/brugerkoder");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
});

test("X1 the skip link is the first thing on the page and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("X1 the footer has a Hjælp section in both languages", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("contentinfo").getByRole("heading", { name: "Hjælp" })).toBeVisible();
  await page.goto("/en");
  await expect(page.getByRole("contentinfo").getByRole("heading", { name: "Help" })).toBeVisible();
});

for (const [path, heading] of [
  ["/findes-ikke", "Siden findes ikke"],
  ["/en/does-not-exist", "Page not found"],
] as const) {
  test(`X4 an unknown address gives a 404 page in its language (${path})`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", path.startsWith("/en") ? "en" : "da");
  });
}

test("X5 pages rendered for their request carry a nonce-based CSP and security headers", async ({ page }) => {
  const response = await page.goto("/log-ind/brugerkoder");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("X1 every page names the site's icon, and the icon is there", async ({ page, request }) => {
  for (const path of ["/", "/log-ind/brugerkoder", "/en/findes-ikke"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  }
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
