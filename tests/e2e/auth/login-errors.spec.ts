import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

/** Posts the brugerkode login form as a browser without JavaScript does, and returns next-auth's first answer. */
async function postBrugerkodeLogin(request: APIRequestContext, fields: { username: string; password: string; callbackUrl?: string }) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/brugerkode", {
    form: { csrfToken, callbackUrl: "/", ...fields },
    maxRedirects: 0,
  });
}

/** What an address may hold after a failed login: a fixed reason, an error id, nothing the citizen or the database said. */
function expectNothingEchoed(location: string, typed: string[]) {
  const decoded = decodeURIComponent(location);
  for (const text of ["Failed", "query", "select", "params", 'brugerkoder"']) expect(decoded).not.toContain(text);
  for (const value of typed.filter((value) => value.length > 2)) expect(decoded).not.toContain(value);
}

test("X4 odd text in the brugerkode login ends on the login form with the usual message, never on an error", async ({ request, baseURL }) => {
  const usernames = ["bent\u0000brugerkode", "\u0000", "bent.brugerkode\u0000", "' or 1=1 --", "x".repeat(80), "👩‍💻.bruger", "%ZZ%00", "\u200b"];
  for (const username of usernames) {
    const response = await postBrugerkodeLogin(request, { username, password: "Forkert-adgangskode-1" });
    expect(response.status(), username).toBeGreaterThanOrEqual(300);
    expect(response.status(), username).toBeLessThan(400);
    const location = response.headers().location;
    expect(new URL(location, baseURL).pathname + new URL(location, baseURL).search).toBe("/log-ind/brugerkoder?fejl=login");
    expectNothingEchoed(location, [username]);
    expect((await request.get(location)).status()).toBe(200);
  }
});

test("X5 a callbackUrl that is not a same-origin path returns to the front page after login", async ({ request, baseURL }) => {
  for (const callbackUrl of ["x", "http://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "http://[", "", "%ZZ"]) {
    const response = await postBrugerkodeLogin(request, { username: "bent.brugerkode", password: DEMO_PASSWORD, callbackUrl });
    expect(response.status(), callbackUrl).toBe(302);
    expect(response.headers().location, callbackUrl).toBe(`${baseURL}/`);
  }
  const kept = await postBrugerkodeLogin(request, { username: "bent.brugerkode", password: DEMO_PASSWORD, callbackUrl: "/en/profil" });
  expect(kept.headers().location).toBe(`${baseURL}/en/profil`);
});

test("X5 next-auth's error address explains a code on the portal's own page, whatever it says, and survives a broken cookie", async ({
  request,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "jobnet.callback-url", value: "http://[", url: baseURL! }]);
  for (const error of ['Failed query: select "brugerkoder" params: 0101901111', "Callback", "OAuthCallback", "<script>", ""]) {
    const response = await request.get(`/api/auth/error?error=${encodeURIComponent(error)}`, { maxRedirects: 0 });
    expect(response.status(), error).toBe(303);
    const location = new URL(response.headers().location, baseURL);
    expect(location.pathname).toBe("/log-ind/fejl");
    expect([...location.searchParams.keys()].every((key) => key === "aarsag" || key === "fejlkode")).toBe(true);
    expectNothingEchoed(response.headers().location, [error]);
    expect((await request.get(location.toString())).status()).toBe(200);
  }
});

for (const language of ["da", "en"] as Language[]) {
  test(`X5 a repeated or stale MitID callback for a logged-in citizen goes to their front page (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    const callbacks: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/auth/callback/mitid")) callbacks.push(request.url());
    });
    await portal.logInWithMitid({ name: "Emil Ung" });
    await portal.expectWelcome("Emil Ung");
    expect(callbacks).toHaveLength(1);

    for (const callback of [callbacks[0], `${new URL(callbacks[0]).origin}/api/auth/callback/mitid?code=gammel&state=gammel`]) {
      await page.goto(callback);
      await portal.expectWelcome("Emil Ung");
      await expect(page).toHaveURL(portal.path("/"));
      await expect(page.getByText(portal.m.loginProblem.notLoggedIn)).toHaveCount(0);
    }
  });
}

test("X5 a stale MitID callback without a session explains itself on the login-problem page", async ({ page }) => {
  const portal = new Portal(page, "da");
  const response = await page.goto("/api/auth/callback/mitid?code=gammel&state=gammel");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/log-ind\/fejl\?aarsag=/);
  await expect(page.getByText(portal.m.loginProblem.notLoggedIn)).toBeVisible();
});

test("X5 next-auth's addresses the portal does not use are not there, and it never answers 500 for a callback address it cannot read", async ({
  request,
  context,
  baseURL,
}) => {
  expect((await request.get("/api/auth/callback/brugerkode", { maxRedirects: 0 })).status()).toBe(405);
  expect((await request.post("/api/auth/session", { maxRedirects: 0 })).status()).toBe(405);
  for (const [method, path] of [
    ["GET", "/api/auth/foo"],
    ["GET", "/api/auth/verify-request"],
    ["GET", "/api/auth/signin/%3Cscript%3E"],
    ["POST", "/api/auth/_log"],
    ["GET", "/api/auth/callback/nope"],
    ["GET", "/api/auth/a/b/c"],
  ] as const) {
    expect(
      (await request.fetch(path, { method, maxRedirects: 0, form: method === "POST" ? { level: "error", code: "fritekst" } : undefined })).status(),
      path,
    ).toBe(404);
  }
  // In the query.
  for (const query of ["callbackUrl=x", "callbackUrl=http%3A%2F%2F%5B", "callbackUrl=javascript:alert(1)"]) {
    expect((await request.get(`/api/auth/session?${query}`)).status(), query).toBe(200);
    expect((await request.get(`/api/auth/csrf?${query}`)).status(), query).toBe(200);
    expect((await request.get(`/api/auth/callback/mitid?${query}&code=a&state=b`, { maxRedirects: 0 })).status(), query).toBe(303);
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const login = await request.post(`/api/auth/callback/brugerkode?${query}`, {
      form: { csrfToken, username: "bent.brugerkode", password: DEMO_PASSWORD },
      maxRedirects: 0,
    });
    expect(login.status(), query).toBeLessThan(400);
  }
  // In next-auth's own cookie, which anyone can set.
  for (const value of ["x", "http%3A%2F%2F%5B", "javascript%3Aalert(1)", "a".repeat(3000)]) {
    await context.addCookies([
      { name: "jobnet.callback-url", value, url: baseURL! },
      { name: "jobnet.staff-callback-url", value, url: baseURL! },
    ]);
    const login = await postBrugerkodeLogin(request, { username: "bent.brugerkode", password: DEMO_PASSWORD });
    expect(login.status(), value).toBe(302);
    expect(login.headers().location, value).toBe(`${baseURL}/`);
    expect((await request.get("/api/auth/session")).status(), value).toBe(200);
    expect((await request.get("/api/auth/callback/mitid-erhverv?code=x&state=y", { maxRedirects: 0 })).status(), value).toBe(303);
  }
});
