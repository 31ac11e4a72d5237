// The per-address login limit counts the address the request really came from (X5, issue 10
// section 5): a portal reached directly (TRUSTED_PROXY_COUNT unset) ignores X-Forwarded-For,
// so a client can neither dodge the limit by writing another address nor lock out the one
// it writes. The browser tests' own portal plays one trusted proxy, so this test runs a
// portal of its own, as it runs in production.
import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { MAX_ADDRESS_FAILURES } from "@/lib/auth/throttle";
import { startPortal, type RunningPortal } from "@/scripts/portal";
import { expect, test } from "../../fixtures/test";

const appUrl = "http://localhost:3136";
let portal: RunningPortal;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  portal = await startPortal({ port: 3136, simulatorPort: 3137, freshDatabase: true, output: "capture", env: { TRUSTED_PROXY_COUNT: "" } });
});

test.afterAll(async () => {
  await portal?.stop();
});

test("X5 failed logins count against the address the requests came from, whatever X-Forwarded-For claims", async ({ playwright }) => {
  test.setTimeout(180_000);
  // A fresh client: no header the browser tests add of their own.
  const client = await playwright.request.newContext({ baseURL: appUrl });
  const logIn = async (username: string, password: string, forwardedFor: string) => {
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await client.post("/api/auth/callback/brugerkode", {
      form: { csrfToken, callbackUrl: "/", username, password },
      headers: { "x-forwarded-for": forwardedFor },
      maxRedirects: 0,
    });
    return new URL(response.headers().location, appUrl).pathname === "/" ? "logged in" : "refused";
  };

  // Each failure claims to come from another address, on usernames that do not exist.
  for (let attempt = 0; attempt < MAX_ADDRESS_FAILURES; attempt++) {
    expect(await logIn(`ingen.${attempt}`, "forkert", `203.0.113.${attempt}`)).toBe("refused");
  }
  // The address the requests really came from has failed too often: the right password is
  // refused too, whatever address the request claims.
  expect(await logIn("bent.brugerkode", DEMO_PASSWORD, "198.51.100.7")).toBe("refused");
  expect(await logIn("bent.brugerkode", DEMO_PASSWORD, "")).toBe("refused");
  await client.dispose();
});
