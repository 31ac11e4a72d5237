// use-intl/core, not next-intl: this runs in `npm run job` too, outside Next, where next-intl
// pulls in its React build.
import { createTranslator } from "use-intl/core";
import { escapeHtml } from "@/lib/http/plain-page";
import { config } from "@/lib/config";
import { localizedPath } from "@/lib/i18n/routing";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import type { NoticeContent, NoticeTopic } from "./outbox";
import { signLinkToken } from "./signed-link";

// The words of what the portal sends, in the citizen's language, from the message files
// (`notifications.mail`): a verification code, and the footer every notice carries with its
// signed links to the settings and to unsubscribe from the notice's topic.

const messages = { da, en } as const;

function translator(locale: "da" | "en") {
  return createTranslator({ locale, messages: messages[locale], namespace: "notifications.mail" });
}

/** An absolute address on the portal, in `locale`, from NEXTAUTH_URL. */
export function portalUrl(locale: "da" | "en", path: `/${string}`, query: Record<string, string> = {}): string {
  const url = new URL(localizedPath(locale, path), config().NEXTAUTH_URL);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

/** The signed links a notice about `topic` to `citizenId` carries, valid from `now`. */
export function noticeLinks(citizenId: string, topic: NoticeTopic, locale: "da" | "en", now = new Date()): { settings: string; unsubscribe: string } {
  return {
    settings: portalUrl(locale, "/notifikationer/indstillinger", { token: signLinkToken({ purpose: "settings", subject: citizenId, now }) }),
    unsubscribe: portalUrl(locale, "/notifikationer/afmeld", {
      emne: topic,
      token: signLinkToken({ purpose: topic === "jobagent" ? "unsubscribe-jobagent" : "unsubscribe-besked", subject: citizenId, now }),
    }),
  };
}

/** `content` with the footer added: the links in the text and the HTML, and the unsubscribe link alone in the SMS. */
export function withNoticeFooter(
  content: NoticeContent,
  { citizenId, topic, locale, now }: { citizenId: string; topic: NoticeTopic; locale: "da" | "en"; now?: Date },
): NoticeContent {
  const t = translator(locale);
  const links = noticeLinks(citizenId, topic, locale, now);
  const why = t(topic === "jobagent" ? "footerWhyJobagent" : "footerWhyBesked");
  return {
    subject: content.subject,
    text: `${content.text}\n\n-- \n${why}\n${t("footerSettings")}: ${links.settings}\n${t("footerUnsubscribe")}: ${links.unsubscribe}\n`,
    html:
      `${content.html}\n<hr>\n<p style="font-size:14px">${escapeHtml(why)}<br>\n` +
      `<a href="${escapeHtml(links.settings)}">${escapeHtml(t("footerSettings"))}</a> · ` +
      `<a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(t("footerUnsubscribe"))}</a></p>`,
    sms: `${content.sms}\n${t("smsUnsubscribe")}: ${links.unsubscribe}`,
  };
}

/** The message that carries a verification code to the address being verified. */
export function verificationMessage(code: string, locale: "da" | "en"): { subject: string; text: string; html: string; sms: string } {
  const t = translator(locale);
  const minutes = 15;
  return {
    subject: t("codeSubject"),
    text: `${t("codeIntro")}\n\n${code}\n\n${t("codeExpiry", { minutes })}\n${t("codeIgnore")}\n`,
    html: `<p>${escapeHtml(t("codeIntro"))}</p>\n<p style="font-size:24px;font-weight:bold;letter-spacing:4px">${code}</p>\n<p>${escapeHtml(t("codeExpiry", { minutes }))}<br>${escapeHtml(t("codeIgnore"))}</p>`,
    sms: t("codeSms", { code, minutes }),
  };
}
