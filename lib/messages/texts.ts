import { createTranslator } from "use-intl/core";
import type { BeskedKind, BeskedParams } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { escapeHtml } from "@/lib/http/plain-page";
import { localizedPath } from "@/lib/i18n/routing";
import type { NoticeContent } from "@/lib/notifications/outbox";
import type { Letter } from "@/lib/pdf/letter";
import { isStoettebehovKode } from "@/lib/plans/stoettebehov";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

// The texts of `Min beskedbakke`'s letters and of the notice that one has come, rendered from
// a message's frozen facts in the language asked for. Outside React (the PDF, the outbox), so
// they take their translator from use-intl/core, as the job-agent digest does.

const messages = {
  da: { beskeder: da.beskeder, stoettebehov: da.stoettebehov },
  en: { beskeder: en.beskeder, stoettebehov: en.stoettebehov },
};

function translator(locale: "da" | "en") {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key: string, values?: Record<string, string | number>) => t(key as "beskeder.letter.to", values);
}

/** A letter's texts in one language: its subject, who sends it, its paragraphs, the list after them, and the plan it is about. */
export interface LetterTexts {
  subject: string;
  sender: string;
  paragraphs: string[];
  items: string[];
  reference?: string;
}

/** The støttebehov of a letter as the citizen reads them; an unknown code (never written) is left out. */
export function stoettebehovLabels(codes: readonly string[], locale: "da" | "en"): string[] {
  const t = translator(locale);
  return codes.filter(isStoettebehovKode).map((code) => t(`stoettebehov.${code}`));
}

/** The texts of a letter of `kind` with the facts `params`, in `locale`. */
export function letterTexts(kind: BeskedKind, params: BeskedParams, locale: "da" | "en"): LetterTexts {
  const t = translator(locale);
  const values = { jobcenter: params.jobcenter, count: params.stoettebehov.length };
  const items = stoettebehovLabels(params.stoettebehov, locale);
  return {
    subject: t(`beskeder.kinds.${kind}.subject`, values),
    sender: params.jobcenter,
    paragraphs: t(`beskeder.kinds.${kind}.body`, values).split("\n\n"),
    items,
    reference: params.planTitle ? t("beskeder.planReference", { title: params.planTitle, version: params.planVersion }) : undefined,
  };
}

/** The letter of a message, for its PDF: its texts in `locale`, to `recipient`, dated when it was sent. */
export function letterOf(besked: { kind: BeskedKind; params: BeskedParams; createdAt: Date }, recipient: string, locale: "da" | "en"): Letter {
  const texts = letterTexts(besked.kind, besked.params, locale);
  return {
    locale,
    title: texts.subject,
    sender: texts.sender,
    recipient,
    date: besked.createdAt,
    paragraphs: texts.paragraphs,
    items: texts.items,
    reference: texts.reference,
  };
}

/** The letter's file name: what it is and the day it was sent (Danish time), e.g. `brev-stoettebehov-registreret-2026-12-01.pdf`. */
export function letterFileName(besked: { kind: BeskedKind; createdAt: Date }, locale: "da" | "en"): string {
  return `${translator(locale)(`beskeder.kinds.${besked.kind}.file`)}-${danishDay(besked.createdAt)}.pdf`;
}

/**
 * The e-mail and SMS that tell a citizen a new message is in `Min beskedbakke`, with a link
 * to it: never what the message says, since e-mail and SMS are not private.
 */
export function newBeskedNotice({ locale, baseUrl }: { locale: "da" | "en"; baseUrl: string }): NoticeContent {
  const t = translator(locale);
  const link = new URL(localizedPath(locale, "/beskeder"), baseUrl).toString();
  const subject = t("beskeder.notice.subject");
  const intro = t("beskeder.notice.intro");
  const open = t("beskeder.notice.open");
  return {
    subject,
    text: [intro, "", `${open}: ${link}`].join("\n"),
    html: [`<p>${escapeHtml(intro)}</p>`, `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`].join("\n"),
    sms: t("beskeder.notice.sms", { url: link }),
  };
}
