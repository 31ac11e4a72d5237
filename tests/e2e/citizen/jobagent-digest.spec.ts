import type { APIRequestContext } from "@playwright/test";
import { digestCitizens } from "@/tests/support/e2e-fixtures";
import { catcherUrl, expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

// From a new ad to the e-mail (R3.4): the scheduled jobs as they run in production — matching,
// the digest through the outbox, the sender over SMTP — and the digest read in the mail
// catcher, the stand-in that speaks SMTP. A new ad of another title in the same occupation
// group never reaches the citizen.

const ANALYTIKER = "0404001";
const STATISTIKER = "0404002";

interface Caught {
  channel: "email" | "sms";
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
}

async function publishAd(request: APIRequestContext, ad: { occupationCode: string; title: string }): Promise<number> {
  const response = await request.post("/api/e2e/job-ads", {
    data: { ...ad, employer: "Digestfirma A/S", postcode: "2100", city: "København Ø", region: "hovedstaden" },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { id: number }).id;
}

async function runJob(request: APIRequestContext, name: string, data: { now?: string } = {}): Promise<Record<string, number>> {
  const response = await request.post(`/api/e2e/jobs/${name}`, { data });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { counts: Record<string, number> }).counts;
}

/** The e-mails the catcher holds for `to`. */
async function mailTo(request: APIRequestContext, to: string): Promise<Caught[]> {
  const { messages } = (await (await request.get(`${catcherUrl}/api/messages`)).json()) as { messages: Caught[] };
  return messages.filter((message) => message.channel === "email" && message.to === to);
}

for (const [index, locale] of (["da", "en"] as const).entries()) {
  test(`R3.4 a new ad on the agent's exact title reaches the citizen as a digest e-mail in the mail catcher, in their language, and a new ad of another title in the same group never does (${locale})`, async ({
    page,
    request,
  }) => {
    const citizen = digestCitizens[index];
    const m = new Portal(page, locale, false).m.jobagents;
    const stamp = `${Date.now()}-${locale}`;
    const matching = `Analytiker til digest-test ${stamp}`;
    const other = `Statistiker til digest-test ${stamp}`;
    const matchingId = await publishAd(request, { occupationCode: ANALYTIKER, title: matching });
    const otherId = await publishAd(request, { occupationCode: STATISTIKER, title: other });

    // The jobs as their schedules run them; the digest for a day no other test's run has used
    // (a day ahead per language), so this agent's digest of the day is the one under test.
    const digestDay = new Date(Date.now() + (index + 1) * 24 * 60 * 60 * 1000).toISOString();
    await runJob(request, "jobagent-match");
    await runJob(request, "jobagent-digest", { now: digestDay });
    let withAd: Caught[] = [];
    await expect(async () => {
      await runJob(request, "outbox-send");
      withAd = (await mailTo(request, citizen.email)).filter((mail) => mail.text.includes(`/job/${matchingId}`));
      expect(withAd.length).toBeGreaterThanOrEqual(1);
    }).toPass({ timeout: 20_000 });

    expect(withAd).toHaveLength(1);
    const [digest] = withAd;
    expect(digest.text).toContain(matching);
    expect(digest.html).toContain(`/job/${matchingId}`);
    // In the citizen's language, saying why the ad matched.
    expect(digest.text).toContain(m.reasons.title.replace("{title}", locale === "da" ? "Analytiker, data og analyse" : "Analyst, data and analytics"));

    // Running the jobs again, also for a later day, tells nothing twice, and the ad of the
    // other title in the group never reaches the citizen.
    await runJob(request, "jobagent-match");
    await runJob(request, "jobagent-digest", { now: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString() });
    await runJob(request, "outbox-send");
    const all = await mailTo(request, citizen.email);
    expect(all.filter((mail) => mail.text.includes(`/job/${matchingId}`))).toHaveLength(1);
    for (const mail of all) {
      expect(mail.text).not.toContain(other);
      expect(mail.text).not.toContain(`/job/${otherId}`);
      expect(mail.html ?? "").not.toContain(other);
    }
  });
}
