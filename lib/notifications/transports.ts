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
    /** Whether trying again can help (a server away or busy), or not (an address refused). */
    readonly permanent = false,
  ) {
    super(`delivery failed: ${code}`);
    this.name = "DeliveryError";
  }
}

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
        // 5xx from the server: this address or message is refused for good.
        throw new DeliveryError(responseCode ? `smtp_${responseCode}` : (code ?? "smtp_error"), responseCode !== undefined && responseCode >= 500);
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
      if (!response.ok) throw new DeliveryError(`sms_${response.status}`, response.status >= 400 && response.status < 500 && response.status !== 429);
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
