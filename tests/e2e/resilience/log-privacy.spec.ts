// No personal data in the server's output (X5, issue 10 section 4): the login, the special
// support request, the FAQ search and the PersonAdminService are given a CPR number, a
// password and free text in every field — with the database there, with text it cannot
// store, and while it is going away (when failed queries are printed by Next itself) — and
// the portal's whole captured output is searched for them.
import type { APIRequestContext } from "@playwright/test";
import postgres from "postgres";
import { hashApiToken, newApiToken } from "@/lib/api/tokens";
import { expect, test } from "../../fixtures/test";
import { postFormWithoutScript } from "../../support/no-script-form";
import { startOutagePortal, type OutagePortal } from "../../support/outage-portal";

const appUrl = "http://localhost:3134";

test.describe.configure({ mode: "serial" });
test.skip(!process.env.TEST_DATABASE_URL, "Needs TEST_DATABASE_URL: a PostgreSQL server this test can take away through a proxy (CI sets it).");

// What a citizen or a system types, each of which must never be printed.
const secret = {
  cpr: "2902921234",
  cprWithDash: "290292-1234",
  password: "Hemmelig-Sentinel-Adgangskode-77",
  username: "karen.sentinelsen",
  name: "Karen Sentinelsen",
  phone: "87654329",
  situation: "Sentinelsituation med æblegrød",
  search: "sentinelsøgning",
  reason: "Sentinelbegrundelse",
  jobcenter: "Jobcenter Sentinelby",
};

let outage: OutagePortal;
let token: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outage = await startOutagePortal(3134);
  // A jobcenter system for the API, registered as `npm run api-client -- create` does.
  token = newApiToken();
  const sql = postgres(outage.databaseUrl, { max: 1, onnotice: () => {} });
  await sql`insert into api_clients (name, token_hash) values ('Logtest-system', ${hashApiToken(token)})`;
  await sql.end();
});

test.afterAll(async () => {
  await outage?.stop();
});

/** Every path, with the secrets in every field; what they answer is not this test's business, only that they answer. */
async function useEveryPath(request: APIRequestContext, variant: "plain" | "unstorable") {
  const text = (value: string) => (variant === "unstorable" ? `${value}\u0000` : value);
  const settle = <T>(promise: Promise<T>) => promise.catch(() => undefined);

  // The brugerkode login, posted as the form does without JavaScript: a CPR number typed as the username, too.
  const { csrfToken } = (await (await request.get(`${appUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  for (const username of [secret.cpr, secret.cprWithDash, secret.username]) {
    await settle(
      request.post(`${appUrl}/api/auth/callback/brugerkode`, {
        form: { csrfToken, callbackUrl: "/", username: text(username), password: text(secret.password) },
        maxRedirects: 0,
      }),
    );
  }
  // The special support request, without JavaScript.
  await settle(
    postFormWithoutScript(request, `${appUrl}/supporthenvendelse`, {
      name: text(secret.name),
      cpr: text(secret.cprWithDash),
      phone: text(secret.phone),
      situation: text(secret.situation),
    }),
  );
  // The FAQ search.
  await settle(request.get(`${appUrl}/hjaelp/faq-jobsoegere?q=${encodeURIComponent(text(secret.search))}`));
  // The PersonAdminService.
  const api = (method: "POST" | "PUT", path: string, data: unknown) =>
    settle(request.fetch(`${appUrl}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` }, data }));
  await api("POST", "/borgere", { cpr: text(secret.cpr), navn: text(secret.name), jobcenter: text(secret.jobcenter) });
  await api("POST", "/borgere/opslag", { cpr: text(secret.cpr) });
  await api("PUT", "/borgere/brugerkodeflag", { cpr: text(secret.cpr), flag: true, begrundelse: text(secret.reason) });
}

test("X5 no CPR number, password or typed text reaches the server's output, even when queries fail", async ({ request }) => {
  test.setTimeout(180_000);
  const { portal, proxy } = outage;

  await useEveryPath(request, "plain");
  await useEveryPath(request, "unstorable");

  // The database goes away while the portal still thinks it is there: the first queries fail
  // in the middle of the requests, and Next prints what escapes.
  await proxy.cut("refuse");
  await useEveryPath(request, "plain");
  // And once the portal knows.
  await expect.poll(async () => (await request.get(`${appUrl}/api/health`)).status(), { timeout: 30_000 }).toBe(503);
  await useEveryPath(request, "plain");
  await proxy.restore();
  await expect.poll(async () => (await request.get(`${appUrl}/api/health`)).status(), { timeout: 30_000 }).toBe(200);

  const output = portal.output();
  // The paths did fail and were logged, so there was something to leak.
  expect(output).toMatch(/unexpected_error|database_unavailable/);
  for (const [what, value] of Object.entries(secret)) expect(output, `${what} in the server's output`).not.toContain(value);
  expect(output).not.toMatch(/params: (?!\[withheld\])/);
});
