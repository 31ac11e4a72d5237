import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { outboxMessages } from "@/db/schema";
import { startMailCatcher, type MailCatcher } from "@/mail-catcher/catcher";
import { withFreshDatabase } from "@/tests/support/database";
import { queueMessage } from "./outbox";
import { cleanOutbox, deliverPromptly, LEASE_SECONDS, MAX_ATTEMPTS, sendDueMessages, type SendCounts, type Transports } from "./sender";
import { DeliveryError, httpSmsGateway, smtpMailTransport, type MailTransport } from "./transports";

const { db } = withFreshDatabase();
const MINUTE = 60_000;
/** A moment just after now: the database stamps a queued message in microseconds, a Date has milliseconds. */
const justAfterNow = () => new Date(Date.now() + 1000);

let catcher: MailCatcher;
let smtp: (MailTransport & { close(): void })[] = [];
beforeEach(async () => {
  catcher = await startMailCatcher({ smsToken: "test-token" });
  smtp = [];
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(async () => {
  for (const transport of smtp) transport.close();
  await catcher.close();
});

/** Real transports to the catcher (or to `smtpUrl`): nodemailer over SMTP and the HTTP gateway. */
function transports(smtpUrl = catcher.smtpUrl): Transports {
  const email = smtpMailTransport({ smtpUrl, from: "Jobnet <noreply@jobnet.example.dk>" });
  smtp.push(email);
  return { email, sms: httpSmsGateway({ url: catcher.smsGatewayUrl, token: "test-token", sender: "Jobnet" }) };
}

async function queue(count: number, channel: "email" | "sms" = "email") {
  for (let i = 0; i < count; i++) {
    await queueMessage(db(), {
      citizenId: null,
      channel,
      recipient: channel === "email" ? `person${i}@example.dk` : `+45223344${String(i).padStart(2, "0")}`,
      topic: "test",
      dedupeKey: `test:${channel}:${i}`,
      subject: channel === "email" ? `Besked ${i}` : null,
      text: `Tekst ${i} med æøå`,
      html: channel === "email" ? `<p>Tekst ${i}</p>` : null,
    });
  }
}

const statuses = async () => (await db().select({ status: outboxMessages.status }).from(outboxMessages)).map((row) => row.status).sort();

describe("the outbox sender", () => {
  test("R1.7 sends due e-mail over SMTP and SMS through the gateway, marks them sent, and logs counts only", async () => {
    await queue(3, "email");
    await queue(2, "sms");
    const lines: string[] = [];
    vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
    const counts = await sendDueMessages({ now: justAfterNow(), transports: transports(), database: db() });
    expect(counts).toMatchObject({ claimed: 5, sent: 5, retrying: 0, failed: 0 });
    expect(await statuses()).toEqual(["sent", "sent", "sent", "sent", "sent"]);
    const received = catcher.messages();
    expect(
      received
        .filter((message) => message.channel === "email")
        .map((message) => message.to)
        .sort(),
    ).toEqual(["person0@example.dk", "person1@example.dk", "person2@example.dk"]);
    const email = received.find((message) => message.to === "person1@example.dk")!;
    expect(email).toMatchObject({ from: '"Jobnet" <noreply@jobnet.example.dk>', subject: "Besked 1", text: "Tekst 1 med æøå" });
    expect(email.html).toContain("<p>Tekst 1</p>");
    expect(received.filter((message) => message.channel === "sms")).toHaveLength(2);
    expect(received.find((message) => message.to === "+4522334401")).toMatchObject({ from: "Jobnet", text: "Tekst 1 med æøå" });
    // A second run has nothing to send.
    expect(await sendDueMessages({ now: justAfterNow(), transports: transports(), database: db() })).toMatchObject({ claimed: 0, sent: 0 });
    expect(lines.join("\n")).not.toMatch(/example\.dk|Tekst|\+45/);
  });

  test("R1.7 retries after the mail server was down, with a growing delay, and gives up after the last attempt", async () => {
    await queue(1);
    const port = catcher.smtpPort;
    await catcher.close();
    const now = justAfterNow();
    expect(await sendDueMessages({ now, transports: transports(`smtp://localhost:${port}`), database: db() })).toMatchObject({ retrying: 1, sent: 0 });
    const [waiting] = await db().select().from(outboxMessages);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + MINUTE);
    // Not before it is due.
    catcher = await startMailCatcher({ smtpPort: port, smsToken: "test-token" });
    expect(await sendDueMessages({ now, transports: transports(), database: db() })).toMatchObject({ claimed: 0 });
    // The mail server is back: the next run after the delay sends it, once.
    expect(await sendDueMessages({ now: new Date(now.getTime() + 2 * MINUTE), transports: transports(), database: db() })).toMatchObject({ sent: 1 });
    expect(catcher.messages()).toHaveLength(1);
    expect(await statuses()).toEqual(["sent"]);

    // A message that never gets through is given up after MAX_ATTEMPTS.
    await queueMessage(db(), { citizenId: null, channel: "email", recipient: "x@example.dk", topic: "test", text: "x", subject: "x" });
    const down = transports("smtp://localhost:1");
    let at = new Date(now.getTime() + 3 * MINUTE);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendDueMessages({ now: at, transports: down, database: db() });
      at = new Date(at.getTime() + 24 * 60 * MINUTE);
    }
    const [gaveUp] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, "x@example.dk"));
    expect(gaveUp).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
  });

  test("R1.7 two senders running at once never send one message twice", async () => {
    await queue(30, "email");
    await queue(10, "sms");
    const [first, second] = await Promise.all([
      sendDueMessages({ now: justAfterNow(), transports: transports(), database: db(), batchSize: 7 }),
      sendDueMessages({ now: justAfterNow(), transports: transports(), database: db(), batchSize: 7 }),
    ]);
    expect(first.sent + second.sent).toBe(40);
    const received = catcher.messages();
    expect(received).toHaveLength(40);
    expect(new Set(received.map((message) => `${message.channel}:${message.to}`)).size).toBe(40);
    expect(new Set(await statuses())).toEqual(new Set(["sent"]));
  });

  test("R1.7 nothing is lost when a sender dies mid-send: the message is sent again once its lease has run out", async () => {
    await queue(2);
    const now = justAfterNow();
    // A sender that claims and then never finishes (the process died while sending).
    const hanging: Transports = { email: { send: () => new Promise(() => {}) }, sms: { send: () => new Promise(() => {}) } };
    void sendDueMessages({ now, transports: hanging, database: db() });
    await vi.waitFor(async () => expect(await statuses()).toEqual(["sending", "sending"]));
    // Another instance, or the restarted one, leaves them alone while the lease holds…
    expect(await sendDueMessages({ now: new Date(now.getTime() + MINUTE), transports: transports(), database: db() })).toMatchObject({ claimed: 0 });
    // …and sends them after it.
    const later = new Date(now.getTime() + (LEASE_SECONDS + 60) * 1000);
    expect(await sendDueMessages({ now: later, transports: transports(), database: db() })).toMatchObject({ claimed: 2, sent: 2 });
    expect(catcher.messages()).toHaveLength(2);
    expect(await statuses()).toEqual(["sent", "sent"]);
  });

  test("R1.7 a dry run only counts what is due", async () => {
    await queue(3);
    expect(await sendDueMessages({ now: justAfterNow(), dryRun: true, database: db() })).toMatchObject({ due: 3, sent: 0 });
    expect(await statuses()).toEqual(["pending", "pending", "pending"]);
  });

  test("R1.7 prompt delivery sends the given message at once and leaves failures to the scheduled sender", async () => {
    await queue(2);
    const [one] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, "person1@example.dk"));
    await deliverPromptly([one.id], { transports: transports(), database: db() });
    expect(catcher.messages().map((message) => message.to)).toEqual(["person1@example.dk"]);
    const [other] = await db().select().from(outboxMessages).where(eq(outboxMessages.recipient, "person0@example.dk"));
    await deliverPromptly([other.id], { transports: transports("smtp://localhost:1"), database: db() });
    const [after] = await db().select().from(outboxMessages).where(eq(outboxMessages.id, other.id));
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
  });

  test("R1.7 a wrong SMS gateway token is the portal's setting, not the message's: it is retried, and sent once the token is right", async () => {
    await queue(1, "sms");
    const now = justAfterNow();
    const wrongToken: Transports = { ...transports(), sms: httpSmsGateway({ url: catcher.smsGatewayUrl, token: "wrong", sender: "Jobnet" }) };
    expect(await sendDueMessages({ now, transports: wrongToken, database: db() })).toMatchObject({ retrying: 1, failed: 0 });
    const [row] = await db().select().from(outboxMessages);
    expect(row).toMatchObject({ status: "pending", lastError: "sms_401", attempts: 1 });
    expect(await sendDueMessages({ now: new Date(now.getTime() + 2 * MINUTE), transports: transports(), database: db() })).toMatchObject({ sent: 1 });
    expect(catcher.messages()).toHaveLength(1);
  });

  test("R1.7 only a refused number or text is an SMS given up at once; a refused token, a limit or the gateway's failure is retried", async () => {
    const answers = new Map<number, boolean>();
    for (const status of [400, 401, 403, 404, 413, 422, 429, 500, 502, 503]) {
      const gateway = httpSmsGateway({ url: "http://gateway.invalid/api/sms", token: "t", sender: "Jobnet" });
      const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}", { status }));
      const error = await gateway.send({ to: "+4522334455", text: "x" }).catch((caught: unknown) => caught);
      fetchSpy.mockRestore();
      expect(error).toBeInstanceOf(DeliveryError);
      expect((error as DeliveryError).code).toBe(`sms_${status}`);
      answers.set(status, (error as DeliveryError).permanent);
    }
    expect([...answers].filter(([, permanent]) => permanent).map(([status]) => status)).toEqual([400, 413, 422]);
  });

  test("R1.7 a wrong SMTP login (EAUTH 535) and a refused sender are retried; only a refused recipient (550 on RCPT) is given up", async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onAuth: (auth, _session, callback) =>
        auth.username === "jobnet" && auth.password === "right" ? callback(null, { user: "jobnet" }) : callback(new Error("Authentication failed")),
      onMailFrom: (address, _session, callback) =>
        address.address.startsWith("blocked") ? callback(Object.assign(new Error("Sender refused"), { responseCode: 554 })) : callback(),
      onRcptTo: (address, _session, callback) =>
        address.address.startsWith("nobody") ? callback(Object.assign(new Error("No such user"), { responseCode: 550 })) : callback(),
      onData: (stream, _session, callback) => {
        stream.resume();
        stream.on("end", () => callback());
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const send = async (smtpUrl: string, to: string, from = "Jobnet <noreply@jobnet.example.dk>") => {
        const transport = smtpMailTransport({ smtpUrl, from });
        smtp.push(transport);
        const error = await transport.send({ to, subject: "x", text: "x" }).catch((caught: unknown) => caught);
        return error instanceof DeliveryError ? { code: error.code, permanent: error.permanent } : error;
      };
      expect(await send(`smtp://jobnet:wrong@127.0.0.1:${port}`, "anna@example.dk")).toEqual({ code: "smtp_535", permanent: false });
      expect(await send(`smtp://jobnet:right@127.0.0.1:${port}`, "anna@example.dk", "blocked@jobnet.example.dk")).toEqual({
        code: "smtp_554",
        permanent: false,
      });
      expect(await send(`smtp://jobnet:right@127.0.0.1:${port}`, "nobody@example.dk")).toEqual({ code: "smtp_550", permanent: true });
      expect(await send(`smtp://jobnet:right@127.0.0.1:${port}`, "anna@example.dk")).toBeUndefined();

      // Through the sender: the wrong password keeps the message for the next attempt.
      await queue(1);
      const wrongPassword = transports(`smtp://jobnet:wrong@127.0.0.1:${port}`);
      expect(await sendDueMessages({ now: justAfterNow(), transports: wrongPassword, database: db() })).toMatchObject({ retrying: 1, failed: 0 });
      const [row] = await db().select().from(outboxMessages);
      expect(row).toMatchObject({ status: "pending", lastError: "smtp_535" });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test("R1.7 a sender whose transport is slow past the lease skips what another sender claimed meanwhile: each message is sent once", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 1000 });
    try {
      await queue(5);
      const delivered: string[] = [];
      const recording = (slow: boolean): Transports => ({
        email: {
          async send({ to }) {
            delivered.push(to);
            if (!slow) return;
            // Each e-mail takes two minutes: five of them outlast the batch's five-minute lease.
            vi.setSystemTime(Date.now() + 2 * MINUTE);
            if (delivered.length === 4) {
              // Meanwhile another instance's run finds the last one's lease run out and claims it.
              second = await sendDueMessages({ transports: recording(false), database: db() });
            }
          },
        },
        sms: { send: async () => ({ id: "" }) },
      });
      let second: SendCounts | undefined;
      const first = await sendDueMessages({ now: new Date(), transports: recording(true), database: db() });
      expect(second).toMatchObject({ claimed: 1, sent: 1 });
      expect(first).toMatchObject({ claimed: 5, sent: 4, skipped: 1 });
      expect(delivered).toHaveLength(5);
      expect(new Set(delivered).size).toBe(5);
      expect(await statuses()).toEqual(["sent", "sent", "sent", "sent", "sent"]);
    } finally {
      vi.useRealTimers();
    }
  });

  test("R1.7 a sender whose claim was taken over while it sent does not record over the other sender's claim", async () => {
    await queue(1);
    const now = justAfterNow();
    const releases: (() => void)[] = [];
    const held: Transports = { email: { send: () => new Promise<void>((resolve) => void releases.push(resolve)) }, sms: { send: async () => ({ id: "" }) } };
    const first = sendDueMessages({ now, transports: held, database: db() });
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    // After the lease a second sender takes the message over and is still sending it…
    const second = sendDueMessages({ now: new Date(now.getTime() + (LEASE_SECONDS + 60) * 1000), transports: held, database: db() });
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    // …when the first one finishes: its outcome is no longer its to record.
    releases[0]();
    await first;
    const [during] = await db().select().from(outboxMessages);
    expect(during).toMatchObject({ status: "sending", attempts: 2, sentAt: null });
    releases[1]();
    expect(await second).toMatchObject({ sent: 1 });
    expect(await statuses()).toEqual(["sent"]);
  });

  test("R1.7 housekeeping empties the address and texts of messages sent a week ago, and keeps the row", async () => {
    await queue(2);
    await sendDueMessages({ now: justAfterNow(), transports: transports(), database: db() });
    const now = justAfterNow();
    expect(await cleanOutbox({ now, database: db() })).toMatchObject({ emptied: 0 });
    const later = new Date(now.getTime() + 8 * 24 * 60 * MINUTE);
    expect(await cleanOutbox({ now: later, dryRun: true, database: db() })).toMatchObject({ wouldEmpty: 2 });
    expect(await cleanOutbox({ now: later, database: db() })).toMatchObject({ emptied: 2 });
    const rows = await db().select().from(outboxMessages);
    expect(rows.map((row) => [row.recipient, row.text, row.subject, row.html, row.status])).toEqual([
      ["", "", null, null, "sent"],
      ["", "", null, null, "sent"],
    ]);
    // The dedupe key still stops the same message being queued again.
    await queue(1);
    expect(await db().select().from(outboxMessages)).toHaveLength(2);
  });
});
