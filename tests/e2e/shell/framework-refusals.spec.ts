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
  for (const [path, language] of [["/supporthenvendelse", "da"], ["/en/supporthenvendelse", "en"]] as const) {
    for (const origin of ["http://evil.example", "null", "http://localhost:1", `${baseURL}.evil.example`]) {
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
    ["unterminated multipart", { headers: { "content-type": "multipart/form-data; boundary=XYZ" }, data: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' }],
    ["multipart without a boundary", { headers: { "content-type": "multipart/form-data" }, data: "garbage" }],
    ["multipart with another boundary", { headers: { "content-type": "multipart/form-data; boundary=XYZ" }, data: '--ABC\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--ABC--\r\n' }],
    ["a script's call that is not JSON", { headers: { "content-type": "text/plain", "next-action": "7fc2b94fc61d116afcd5cdea71e004940b5390a949" }, data: "garbage{" }],
  ];
  for (const path of ["/supporthenvendelse", "/en/opret", "/log-ind/brugerkoder"]) {
    for (const [what, body] of bodies) {
      const response = await client.post(path, { ...body, maxRedirects: 0 });
      expect(response.status(), `${what} → ${path}`).toBe(400);
      expectSecurityHeaders(response, what);
    }
  }
  for (const [name, value] of [["$ACTION_1:0", "{bad"], ["$ACTION_1:0", '{"id":"x","bound":"x"}'], ["$ACTION_1:1", '{"a":1}']]) {
    const response = await postFormWithoutScript(client, "/supporthenvendelse", { ...request, [name]: value });
    expect(response.status(), `${name}=${value}`).toBe(400);
  }
  const tooLarge = await client.post("/supporthenvendelse", { headers: { "content-type": "text/plain", "next-action": "00" }, data: "a".repeat(1024 * 1024 + 10), maxRedirects: 0 });
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
