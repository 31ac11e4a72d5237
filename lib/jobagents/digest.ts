import { createTranslator } from "use-intl/core";
import { escapeHtml } from "@/lib/http/plain-page";
import type { NoticeContent } from "@/lib/notifications/outbox";
import { localizedPath } from "@/lib/i18n/routing";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { agentTitleLabels, matchReasonTexts, type MatchReason } from "./reasons";

// The e-mail and SMS of a job agent: the digest of new matches and the warning before an
// unused agent is deleted. Plain text and simple HTML in the citizen's language; the
// notification settings and unsubscribe footer is added by the outbox, not here.

const messages = {
  da: { jobagents: da.jobagents, jobsearch: { regions: da.jobsearch.regions } },
  en: { jobagents: en.jobagents, jobsearch: { regions: en.jobsearch.regions } },
};

function translator(locale: "da" | "en") {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key: string, values?: Record<string, string | number>) => t(key as "jobagents.title", values);
}

/** One new match in a digest: the ad as the list shows it, and why it matched. */
export interface DigestMatch extends MatchReason {
  jobAdId: number;
  title: string;
  employer: string;
  adPostcode: string;
  city: string;
}

/** The most matches one digest lists; the rest are counted, and the agent's page lists them all. */
export const DIGEST_MAX_LISTED = 25;

/**
 * The digest of one agent's new matches in `locale`: each ad with its title, employer, place,
 * why it matched and an absolute link to `/job/<id>`; a link to the agent's page; and the
 * keep-alive link (works without logging in). `total` counts every new match, `matches` are
 * the ones listed.
 */
export function digestContent({
  locale,
  baseUrl,
  agentId,
  agentTitles,
  matches,
  total,
  keepToken,
}: {
  locale: "da" | "en";
  baseUrl: string;
  agentId: string;
  agentTitles: readonly string[];
  matches: readonly DigestMatch[];
  total: number;
  keepToken: string;
}): NoticeContent {
  const t = translator(locale);
  const url = (path: `/${string}`) => new URL(localizedPath(locale, path), baseUrl).toString();
  const titles = agentTitleLabels(agentTitles, locale).join("; ");
  const agentUrl = url(`/jobagenter/${agentId}`);
  const keepUrl = `${url("/jobagenter/hold-aktiv")}?token=${encodeURIComponent(keepToken)}`;
  const subject = t("jobagents.digest.subject", { count: total, titles });
  const intro = t("jobagents.digest.intro", { count: total, titles });
  const more = total > matches.length ? t("jobagents.digest.more", { count: total - matches.length }) : null;
  const items = matches.map((match) => ({
    match,
    link: url(`/job/${match.jobAdId}`),
    place: `${match.adPostcode} ${match.city}`,
    reasons: matchReasonTexts(match, { postcode: match.adPostcode, city: match.city }, locale, t),
  }));

  const text = [
    intro,
    "",
    ...items.flatMap(({ match, link, place, reasons }) => [
      match.title,
      `${match.employer}, ${place}`,
      `${t("jobagents.digest.why")}: ${reasons.join(". ")}.`,
      link,
      "",
    ]),
    ...(more ? [more, ""] : []),
    `${t("jobagents.digest.seeAll")}: ${agentUrl}`,
    "",
    `${t("jobagents.digest.keep")}: ${keepUrl}`,
  ].join("\n");

  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    "<ul>",
    ...items.map(
      ({ match, link, place, reasons }) =>
        `<li><p><a href="${escapeHtml(link)}" lang="da">${escapeHtml(match.title)}</a><br>${escapeHtml(match.employer)}, ${escapeHtml(place)}<br>` +
        `${escapeHtml(t("jobagents.digest.why"))}: ${escapeHtml(reasons.join(". "))}.</p></li>`,
    ),
    "</ul>",
    ...(more ? [`<p>${escapeHtml(more)}</p>`] : []),
    `<p><a href="${escapeHtml(agentUrl)}">${escapeHtml(t("jobagents.digest.seeAll"))}</a></p>`,
    `<p><a href="${escapeHtml(keepUrl)}">${escapeHtml(t("jobagents.digest.keep"))}</a></p>`,
  ].join("\n");

  return { subject, text, html, sms: t("jobagents.digest.sms", { count: total, url: agentUrl }) };
}

/** The warning that an agent unused for two months will be deleted from `deleteOn` (a day for people to read) unless the citizen uses it before. */
export function warningContent({
  locale,
  baseUrl,
  agentTitles,
  deleteOn,
  keepToken,
}: {
  locale: "da" | "en";
  baseUrl: string;
  agentTitles: readonly string[];
  deleteOn: string;
  keepToken: string;
}): NoticeContent {
  const t = translator(locale);
  const titles = agentTitleLabels(agentTitles, locale).join("; ");
  const keepUrl = `${new URL(localizedPath(locale, "/jobagenter/hold-aktiv"), baseUrl)}?token=${encodeURIComponent(keepToken)}`;
  const body = t("jobagents.warning.text", { titles, date: deleteOn });
  return {
    subject: t("jobagents.warning.subject", { titles }),
    text: `${body}\n\n${t("jobagents.warning.keep")}: ${keepUrl}`,
    html: `<p>${escapeHtml(body)}</p>\n<p><a href="${escapeHtml(keepUrl)}">${escapeHtml(t("jobagents.warning.keep"))}</a></p>`,
    sms: t("jobagents.warning.sms", { titles, date: deleteOn, url: keepUrl }),
  };
}
