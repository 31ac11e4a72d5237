// The database goes away and comes back (issue 10, section 6). A second production portal
// runs on PostgreSQL through a TCP proxy in this test, which takes the database away by
// refusing connections or by swallowing everything, and then gives it back.
//
// "Pages answer within 5 s" is shown by every request below having a 5 s limit of its own:
// a request that hangs fails the test. No test measures how long anything took.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { RunningPortal } from "@/scripts/portal";
import { expect, test } from "../../fixtures/test";
import { startOutagePortal, type OutagePortal } from "../../support/outage-portal";
import type { Cut, TcpProxy } from "../../support/tcp-proxy";

const appUrl = "http://localhost:3132";
const ANSWER_WITHIN_MS = 5_000;

test.describe.configure({ mode: "serial" });
test.skip(!process.env.TEST_DATABASE_URL, "Needs TEST_DATABASE_URL: a PostgreSQL server this test can take away through a proxy (CI sets it).");

let outage: OutagePortal;
let proxy: TcpProxy;
let portal: RunningPortal;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outage = await startOutagePortal(3132);
  ({ proxy, portal } = outage);
});

test.afterAll(async () => {
  await outage?.stop();
});

/** Requests that did not answer within their limit: any is a failure of the test. */
let unanswered: string[] = [];
test.beforeEach(() => {
  unanswered = [];
});
test.afterEach(async () => {
  // Whatever happened, the next test starts with the database there.
  await proxy?.restore();
  expect(unanswered, "requests that did not answer within 5 s").toEqual([]);
});

/** One request to the outage portal that must answer within 5 s. */
async function answer(
  request: APIRequestContext,
  method: "GET" | "POST",
  path: string,
  options: { form?: Record<string, string>; data?: unknown; headers?: Record<string, string> } = {},
): Promise<APIResponse> {
  try {
    return await request.fetch(`${appUrl}${path}`, { method, ...options, maxRedirects: 0, timeout: ANSWER_WITHIN_MS });
  } catch (error) {
    unanswered.push(`${method} ${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    throw error;
  }
}

/** Polls until `path` answers `status`; each attempt must still answer within 5 s. */
async function waitForStatus(request: APIRequestContext, path: string, status: number) {
  await expect.poll(async () => (await answer(request, "GET", path)).status(), { timeout: 60_000, intervals: [250, 500, 1000] }).toBe(status);
}

/** The 503 page: what it says in the language of the address, an error id the log has, a link to the same address. */
async function expectUnavailablePage(response: APIResponse, language: "da" | "en", address: string) {
  const m = (language === "da" ? da : en).databaseUnavailable;
  expect(response.status(), address).toBe(503);
  const headers = response.headers();
  expect(headers["retry-after"]).toMatch(/^[1-9]\d*$/);
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const html = await response.text();
  expect(html).toContain(`<html lang="${language}">`);
  expect(html).toContain(`<h1>${m.title}</h1>`);
  const errorId = new RegExp(m.reference.replace("{id}", "([0-9a-f]{8})")).exec(html)?.[1];
  expect(errorId, "an error id on the page").toBeTruthy();
  expect(html).toContain(`<a href="${address.replaceAll("&", "&amp;")}">${m.tryAgain}</a>`);
  expect(portal.output()).toMatch(new RegExp(`database_unavailable errorId="${errorId}"`));
}

/** While the database is away: pages (GET and a form POST), the health route and the API, each answering at once. */
async function expectOutageAnswers(request: APIRequestContext) {
  await expectUnavailablePage(await answer(request, "GET", "/"), "da", "/");
  await expectUnavailablePage(await answer(request, "GET", "/en/hjaelp/faq-jobsoegere?q=ledig&side=2"), "en", "/en/hjaelp/faq-jobsoegere?q=ledig&side=2");
  const form = { name: "Karen Ledig", cpr: "010190-1234", phone: "12345678", situation: "Jeg skal meldes ledig", locale: "da" };
  await expectUnavailablePage(await answer(request, "POST", "/supporthenvendelse", { form }), "da", "/supporthenvendelse");
  expect(portal.output()).not.toContain("010190-1234");

  const health = await answer(request, "GET", "/api/health");
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ status: "unavailable", database: "unavailable" });
  const live = await answer(request, "GET", "/api/health/live");
  expect(live.status(), "the process itself is alive").toBe(200);

  const api = await answer(request, "POST", "/api/v1/borgere/opslag", {
    headers: { authorization: "Bearer some-system-token", "content-type": "application/json" },
    data: { cpr: "0101901111" },
  });
  expect(api.status()).toBe(503);
  expect(api.headers()["content-type"]).toBe("application/problem+json");
  expect(api.headers()["retry-after"]).toMatch(/^[1-9]\d*$/);
  expect(await api.json()).toMatchObject({ type: "/api/v1/problemer/unavailable", status: 503, errorId: expect.stringMatching(/^[0-9a-f]{8}$/) });
}

/** The portal serves pages from its database. */
async function expectWorking(request: APIRequestContext) {
  const front = await answer(request, "GET", "/");
  expect(front.status()).toBe(200);
  expect(await front.text()).toContain("Jobnet");
  const health = await answer(request, "GET", "/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
}

/**
 * The first page asked for after the cut, before the portal knows the database is gone: its
 * query fails in the middle of the page, and the page is still the friendly 503 page (the
 * portal's server puts it in place of Next's error document). A FAQ search, because it is
 * rendered for its request: the cached public pages need no database.
 */
async function expectFirstPageAfterCut(request: APIRequestContext) {
  await expectUnavailablePage(await answer(request, "GET", "/hjaelp/faq-jobsoegere?q=ledig"), "da", "/hjaelp/faq-jobsoegere?q=ledig");
}

const cuts: { cut: Cut; name: string }[] = [
  { cut: "refuse", name: "refused connections (the server is stopped)" },
  { cut: "blackhole", name: "a network that swallows everything (the timeouts)" },
];

for (const { cut, name } of cuts) {
  test(`X4 ${name}: pages, a form post, the health route and the API answer 503 at once, and the portal recovers by itself`, async ({ request, page }) => {
    await expectWorking(request);

    await proxy.cut(cut);
    await expectFirstPageAfterCut(request);
    await waitForStatus(request, "/api/health", 503);
    await expectOutageAnswers(request);

    // In a browser: the 503 page itself (checked by axe), and its link.
    const shown = await page.goto(`${appUrl}/hjaelp/faq-jobsoegere`, { timeout: ANSWER_WITHIN_MS });
    expect(shown?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: da.databaseUnavailable.title })).toBeVisible();
    await expect(page.getByRole("link", { name: da.databaseUnavailable.tryAgain })).toHaveAttribute("href", "/hjaelp/faq-jobsoegere");

    await proxy.restore();
    await waitForStatus(request, "/", 200);
    await expectWorking(request);
  });
}

test("X4 a form sent with JavaScript while the database is away says so in the form, with an error id, and works again after", async ({ request, page }) => {
  const m = da.supportRequest;
  await page.goto(`${appUrl}/supporthenvendelse`, { timeout: ANSWER_WITHIN_MS });
  await page.getByLabel(m.name).fill("Karen Ledig");
  await page.getByLabel(m.cpr).fill("010190-1234");
  await page.getByLabel(m.phone).fill("12 34 56 78");
  await page.getByLabel(m.situation).fill("Jeg skal meldes ledig i dag.");

  await proxy.cut("refuse");
  await waitForStatus(request, "/api/health", 503);
  await page.getByRole("button", { name: m.submit }).click();
  const summary = page.getByRole("alert", { name: m.errorSummaryTitle });
  await expect(summary).toContainText(da.databaseUnavailable.form, { timeout: ANSWER_WITHIN_MS });
  const errorId = /\(([0-9a-f]{8})\)/.exec((await summary.textContent()) ?? "")?.[1];
  expect(errorId, "an error id in the form's message").toBeTruthy();
  expect(portal.output()).toContain(`errorId="${errorId}"`);
  // What was typed is still in the form, to send again.
  await expect(page.getByLabel(m.situation)).toHaveValue("Jeg skal meldes ledig i dag.");

  await proxy.restore();
  await waitForStatus(request, "/api/health", 200);
  await page.getByRole("button", { name: m.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.receiptTitle })).toBeVisible();
});
