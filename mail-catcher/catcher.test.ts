import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startMailCatcher, type CaughtMessage, type MailCatcher } from "./catcher";

let catcher: MailCatcher;
beforeEach(async () => {
  catcher = await startMailCatcher({ smsToken: "secret-token" });
});
afterEach(() => catcher.close());

const sms = (body: unknown, token = "secret-token") =>
  fetch(`${catcher.url}/api/sms`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
/** Whether a TCP connection to `host`:`port` is accepted. */
const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
const listed = async () => ((await (await fetch(`${catcher.url}/api/messages`)).json()) as { messages: CaughtMessage[] }).messages;

describe("the mail and SMS catcher", () => {
  test("R1.7 catches e-mail over SMTP and SMS over HTTP, lists them newest last, and clears them", async () => {
    const transport = nodemailer.createTransport(catcher.smtpUrl);
    await transport.sendMail({
      from: "Jobnet <noreply@jobnet.example.dk>",
      to: "anna@example.dk",
      subject: "Kode æøå",
      text: "Din kode: 123456",
      html: "<p>Din kode</p>",
    });
    transport.close();
    const answer = await sms({ from: "Jobnet", to: "+4522334455", text: "Din kode: 654321" });
    expect(answer.status).toBe(201);
    const { id } = (await answer.json()) as { id: string };
    const messages = await listed();
    expect(messages.map((message) => message.channel)).toEqual(["email", "sms"]);
    expect(messages[0]).toMatchObject({ to: "anna@example.dk", subject: "Kode æøå", text: "Din kode: 123456", html: "<p>Din kode</p>" });
    expect(messages[0].from).toContain("noreply@jobnet.example.dk");
    expect(messages[1]).toMatchObject({ id, from: "Jobnet", to: "+4522334455", subject: null, text: "Din kode: 654321", html: null });
    expect(Date.parse(messages[1].receivedAt)).not.toBeNaN();

    const page = await (await fetch(catcher.url)).text();
    expect(page).toContain('<html lang="da">');
    expect(page).toContain("<h1>Mail- og SMS-catcher</h1>");
    expect(page).toMatch(/<th scope="col">Modtager<\/th>/);
    expect(page).toContain("anna@example.dk");

    expect((await fetch(`${catcher.url}/api/messages`, { method: "DELETE" })).status).toBe(200);
    expect(await listed()).toEqual([]);
  });

  test("R1.7 the SMS gateway refuses a bad token or body with 4xx and keeps nothing", async () => {
    expect((await sms({ to: "+4522334455", text: "x" }, "wrong")).status).toBe(401);
    expect((await sms("{not json")).status).toBe(400);
    expect((await sms({ to: "22334455", text: "x" })).status).toBe(422);
    expect((await sms({ to: "+4522334455", text: "" })).status).toBe(422);
    expect(await listed()).toEqual([]);
  });

  test("X5 the catcher listens on this machine only unless told otherwise: its page and API show every code", async () => {
    const addresses = new Set(
      Object.values(networkInterfaces())
        .flat()
        .filter((address) => address && !address.internal && address.family === "IPv4")
        .map((address) => address!.address),
    );
    expect(catcher.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    for (const address of addresses) {
      await expect(fetch(`http://${address}:${catcher.httpPort}/api/messages`)).rejects.toThrow();
      await expect(connects(address, catcher.smtpPort)).resolves.toBe(false);
    }
    expect(await connects("127.0.0.1", catcher.smtpPort)).toBe(true);
  });

  test("R1.7 the page escapes what it shows", async () => {
    await sms({ from: "Jobnet", to: "+4522334455", text: "<script>alert(1)</script> https://jobnet.example.dk/x?a=1&b=2" });
    const page = await (await fetch(catcher.url)).text();
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;");
    expect(page).toContain('<a href="https://jobnet.example.dk/x?a=1&amp;b=2">');
  });
});
