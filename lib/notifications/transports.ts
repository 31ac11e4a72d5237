import nodemailer, { type Transporter } from "nodemailer";
import { notificationConfig } from "./config";

// How a message leaves the portal: e-mail over SMTP (nodemailer), SMS through an SMS gateway
// over HTTP. The sender (sender.ts) sees only these two small interfaces, so tests give it
// their own, and a new SMS provider is a new SmsGateway.

/** One e-mail, ready to go. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

export interface MailTransport {
  /** Hands the e-mail to the mail server; throws when it was not accepted. */
  send(email: OutgoingEmail): Promise<void>;
}

export interface SmsGateway {
  /** Hands the SMS to the gateway; resolves with the gateway's id for it, throws when it was not accepted. */
  send(sms: { to: string; text: string }): Promise<{ id: string }>;
}

/** A failure to hand a message over, by its kind only (never the message or the address). */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    /** Whether trying again cannot help: the recipient or the message itself was refused (never the portal's own settings). */
    readonly permanent = false,
  ) {
    super(`delivery failed: ${code}`);
    this.name = "DeliveryError";
  }
}

/** SMTP replies to RCPT TO that refuse the address itself: no such mailbox, not here, not a valid name. */
const REFUSED_RECIPIENT = new Set([550, 551, 553]);

/**
 * Whether an SMTP failure refuses this message's recipient for good, the only failure that
 * trying again cannot help. Everything else — a wrong login (EAUTH, 535), a server away or
 * greeting late, a 5xx about the sender or the server's policy — is the portal's own setup or
 * the server's state: it is retried, so a fixed setting still delivers every message.
 */
export function smtpRefusedRecipient(error: unknown): boolean {
  const { code, responseCode, command } = (error ?? {}) as { code?: string; responseCode?: number; command?: string };
  const atRecipient = code === "EENVELOPE" || /^RCPT\b/i.test(command ?? "");
  if (!atRecipient) return false;
  // nodemailer's EENVELOPE without a reply: the address could not even be written as a recipient.
  if (responseCode === undefined) return code === "EENVELOPE";
  return REFUSED_RECIPIENT.has(responseCode);
}

/**
 * SMS gateway answers that refuse the message itself (the number or the text is not valid,
 * or the text is too long): trying again cannot help. A refused token (401/403), a limit
 * (429) and the gateway's own failures (5xx) are retried.
 */
const SMS_REFUSED_MESSAGE = new Set([400, 413, 422]);

/** E-mail through nodemailer's SMTP transport to `smtpUrl`. */
export function smtpMailTransport({ smtpUrl, from }: { smtpUrl: string; from: string }): MailTransport & { close(): void } {
  const transporter: Transporter = nodemailer.createTransport(smtpUrl, {
    // A mail server that does not answer must not hold the sender's batch for long.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
    // Nothing about a message in the process's output.
    logger: false,
    debug: false,
  });
  return {
    async send(email) {
      try {
        await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text, html: email.html ?? undefined });
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        throw new DeliveryError(responseCode ? `smtp_${responseCode}` : (code ?? "smtp_error"), smtpRefusedRecipient(error));
      }
    },
    close: () => transporter.close(),
  };
}

/** SMS through an HTTP gateway: `POST url` with `Authorization: Bearer <token>` and `{ from, to, text }`, answered with `{ id }`. */
export function httpSmsGateway({ url, token, sender }: { url: string; token: string; sender: string }): SmsGateway {
  return {
    async send({ to, text }) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ from: sender, to, text }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new DeliveryError((error as { name?: string }).name === "TimeoutError" ? "sms_timeout" : "sms_unreachable");
      }
      if (!response.ok) throw new DeliveryError(`sms_${response.status}`, SMS_REFUSED_MESSAGE.has(response.status));
      const body = (await response.json().catch(() => ({}))) as { id?: unknown };
      return { id: typeof body.id === "string" ? body.id : "" };
    },
  };
}

let configured: { email: MailTransport; sms: SmsGateway } | undefined;

/** The transports the settings name (lib/notifications/config.ts), made once per process. */
export function configuredTransports(): { email: MailTransport; sms: SmsGateway } {
  if (configured) return configured;
  const settings = notificationConfig();
  configured = {
    email: smtpMailTransport({ smtpUrl: settings.SMTP_URL, from: settings.MAIL_FROM }),
    sms: httpSmsGateway({ url: settings.SMS_GATEWAY_URL, token: settings.SMS_GATEWAY_TOKEN, sender: settings.SMS_SENDER }),
  };
  return configured;
}
