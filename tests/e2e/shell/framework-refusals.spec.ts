// Requests that Next's own machinery refuses — a form from another site, a body that is not
// a form, an address that does not decode — answer with what was wrong, never a bare 500,
// and with every security header (X4, X5; issue 10 section 3).
import type { APIResponse } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { authState } from "@/tests/support/auth-states";
import { postFormWithoutScript } from "@/tests/support/no-script-form";
import { expect, test } from "../../fixtures/test";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
}

const request = { name: "Olga Andetsted", cpr: "010190-1234", phone: "12345678", situation: "Sendt fra en anden side" };

test("X5 a form posted from another site is refused with 403 in the page's language, and nothing is written", async ({ request: client, browser, baseURL }) => {
  for (const [path, language] of [
    ["/supporthenvendelse", "da"],
    ["/en/supporthenvendelse", "en"],
  ] as const) {
    for (const origin of ["http://evil.example", "null", "http://localhost:1", `${baseURL}.evil.example`]) {
      const atFile = await client.post(`${path}/x.json`, { multipart: request, headers: { origin }, maxRedirects: 0 });
      expect(atFile.status(), `${origin} → ${path}/x.json`).toBe(403);
      const response = await postFormWithoutScript(client, path, request, { headers: { origin } });
      expect(response.status(), `${origin} → ${path}`).toBe(403);
      expectSecurityHeaders(response, origin);
      const html = await response.text();
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain((language === "da" ? da : en).requestRefused.crossOrigin.title);
    }
  }
  // The same form from the portal itself is received.
  const own = await postFormWithoutScript(client, "/supporthenvendelse", { ...request, name: "Olga Hjemme" }, { headers: { origin: baseURL! } });
  expect(own.status()).toBe(303);

  // Support's queue has the one from the portal, none from elsewhere.
  const support = await browser.newContext({ baseURL, storageState: authState("support") });
  const queue = await support.newPage();
  await queue.goto("/medarbejder/support");
  await expect(queue.getByRole("main")).toContainText("Olga Hjemme");
  await expect(queue.getByRole("main")).not.toContainText("Olga Andetsted");
  await support.close();
});

test("X4 a body that is not the form it claims to be is refused with 400, a too large one with 413", async ({ request: client }) => {
  const bodies: [string, { headers: Record<string, string>; data: string }][] = [
    [
      "unterminated multipart",
      { headers: { "content-type": "multipart/form-data; boundary=XYZ" }, data: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' },
    ],
    ["multipart without a boundary", { headers: { "content-type": "multipart/form-data" }, data: "garbage" }],
    [
      "multipart with another boundary",
      { headers: { "content-type": "multipart/form-data; boundary=XYZ" }, data: '--ABC\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--ABC--\r\n' },
    ],
    [
      "a script's call that is not JSON",
      { headers: { "content-type": "text/plain", "next-action": "7fc2b94fc61d116afcd5cdea71e004940b5390a949" }, data: "garbage{" },
    ],
  ];
  // Any address a form can be posted to, also one that looks like a file.
  for (const path of ["/supporthenvendelse", "/en/opret", "/log-ind/brugerkoder", "/x.json", "/en/a.b"]) {
    for (const [what, body] of bodies) {
      const response = await client.post(path, { ...body, maxRedirects: 0 });
      expect(response.status(), `${what} → ${path}`).toBe(400);
      expectSecurityHeaders(response, what);
    }
  }
  for (const [name, value] of [
    ["$ACTION_1:0", "{bad"],
    ["$ACTION_1:0", '{"id":"x","bound":"x"}'],
    ["$ACTION_1:1", '{"a":1}'],
  ]) {
    const response = await postFormWithoutScript(client, "/supporthenvendelse", { ...request, [name]: value });
    expect(response.status(), `${name}=${value}`).toBe(400);
  }
  const tooLarge = await client.post("/supporthenvendelse", {
    headers: { "content-type": "text/plain", "next-action": "00" },
    data: "a".repeat(1024 * 1024 + 10),
    maxRedirects: 0,
  });
  expect(tooLarge.status()).toBe(413);
});

test("X4 an address with a malformed percent-escape is the not-found page in its language, with every security header", async ({ request: client }) => {
  for (const [path, language] of [
    ["/%ZZ", "da"],
    ["/%C3", "da"],
    ["/hjaelp/%E0%A4%A", "da"],
    ["/en/%ZZ", "en"],
    ["/en/%C3", "en"],
    ["/en/hjaelp/faq-jobsoegere/%C3%", "en"],
  ] as const) {
    const response = await client.get(path, { maxRedirects: 0 });
    expect([400, 404], path).toContain(response.status());
    expectSecurityHeaders(response, path);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${language}"`);
    expect(html, path).toContain((language === "da" ? da : en).notFound.title);
  }
  // Addresses the proxy does not see: files, the login's and the API's routes.
  for (const path of ["/a%ZZ.png", "/api/auth/%ZZ", "/api/auth/callback/%C3", "/api/v1/%ZZ", "/en/medarbejder/support/borger/%C3"]) {
    const response = await client.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response, path);
  }
});

test("X2 a not-found page under /en is in English, whatever the address looks like", async ({ request: client }) => {
  for (const path of ["/en/findes-ikke", "/en/a.png", "/en/hjaelp/x/y.pdf", "/en/%ZZ", "/en/medarbejder/ikke-her"]) {
    const response = await client.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response, path);
    const html = await response.text();
    expect(html, path).toContain('<html lang="en"');
    expect(html, path).toContain(en.notFound.title);
  }
});

test("X4 a server-action call Next cannot decode is refused with 400, by script or by form, and what it said is not logged", async ({ request: client }) => {
  const page = await (await client.get("/supporthenvendelse")).text();
  const actionId = /id&quot;:&quot;([0-9a-f]+)/.exec(page)![1];
  for (const body of ['["$Q1"]', '["$B1"]', '["$1:a:b"]', '["$nIkkeEtTal"]', "null", '"x"']) {
    const response = await client.post("/supporthenvendelse", {
      headers: { "next-action": actionId, "content-type": "text/plain" },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), body).toBe(400);
  }
  for (const bound of ['["$Q1"]', '["$B1"]']) {
    const response = await postFormWithoutScript(client, "/supporthenvendelse", { ...request, "$ACTION_1:1": bound });
    expect(response.status(), bound).toBe(400);
    expectSecurityHeaders(response, bound);
    expect(await response.text()).toContain(da.requestRefused.malformedBody.title);
  }
  // A navigation's state that is not one.
  const navigation = await client.get("/en/supporthenvendelse?_rsc=x", { headers: { rsc: "1", "next-router-state-tree": "garbage" }, maxRedirects: 0 });
  expect(navigation.status()).toBeLessThan(500);
});

test("X4 a request Node cannot read gets its status with every security header", async ({ baseURL }) => {
  // Headers larger than Node takes: answered by the portal's server, not a bare 431.
  const response = await fetch(`${baseURL}/`, { headers: { "x-big": "a".repeat(20_000) } });
  expect(response.status).toBe(431);
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
});

test("X1 after a refused search or a staff form posted without JavaScript, the page's title starts with Fejl:/Error:", async ({
  request: client,
  browser,
  baseURL,
}) => {
  const search = await client.get("/hjaelp/faq-jobsoegere?q=a%00b");
  expect(search.status()).toBe(400);
  expect(await search.text()).toMatch(/<title>Fejl: FAQ for jobsøgere – Jobnet<\/title>/);
  const english = await client.get("/en/hjaelp/faq-arbejdsgivere?q=a%00b");
  expect(await english.text()).toMatch(/<title>Error: FAQ for employers – Jobnet<\/title>/);

  const staff = await browser.newContext({ baseURL, storageState: authState("caseworker") });
  for (const [path, title] of [
    ["/medarbejder/jobcenter", `Fejl: ${da.staff.jobcenter.title} – Jobnet`],
    ["/en/medarbejder/jobcenter", `Error: ${en.staff.jobcenter.title} – Jobnet`],
  ] as const) {
    const refused = await postFormWithoutScript(staff.request, path, { cpr: "" });
    expect(refused.status(), path).toBe(400);
    expect(await refused.text(), path).toContain(`<title>${title}</title>`);
  }
  await staff.close();
});
