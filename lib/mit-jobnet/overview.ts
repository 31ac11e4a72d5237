import "server-only";
import type { CitizenSession } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { cvOverview } from "@/lib/cv/overview";
import { dagpengeOverview } from "@/lib/dagpenge/overview";
import { forberedelsesskemaOverview } from "@/lib/forberedelsesskema/overview";
import { jobAgentsOverview } from "@/lib/jobagents/overview";
import { joblogOverview } from "@/lib/joblog/overview";
import { sygdomOverview } from "@/lib/sygdom/overview";
import { beskederOverview } from "@/lib/messages/overview";
import { tilmeldingOverview } from "@/lib/tilmelding/overview";
import { planOverview } from "@/lib/plans/overview";

/** One card on the citizen's overview: a heading, a line or a few facts, and the way to the tool. */
export interface OverviewCard {
  heading: string;
  text?: string;
  /** Figures to read as a description list (term, value). */
  facts?: readonly { term: string; value: string }[];
  link: { href: string; label: string };
}

/**
 * What a citizen tool shows on the overview. `todo` cards are what needs doing now (the
 * questionnaire while it is open; later unread messages, new job-agent matches, this week's
 * joblog); `status` cards summarise (Dagpengetælleren). `load` returns null when the tool
 * has nothing for this citizen now. It reads only the citizen's own data.
 */
export interface OverviewSource {
  id: string;
  kind: "todo" | "status";
  load: (context: { citizen: CitizenSession; locale: Locale; now: Date }) => Promise<OverviewCard | null>;
}

/**
 * The overview's cards, in the order they show. A new citizen tool adds its source here, not
 * to the page (README: "How to add a citizen tool").
 */
export const overviewSources: readonly OverviewSource[] = [
  sygdomOverview,
  beskederOverview,
  tilmeldingOverview,
  forberedelsesskemaOverview,
  jobAgentsOverview,
  cvOverview,
  dagpengeOverview,
  planOverview,
  joblogOverview,
];

/** Every source's card for this citizen, by kind, in registry order. */
export async function loadOverview(context: { citizen: CitizenSession; locale: Locale; now: Date }) {
  const cards = await Promise.all(overviewSources.map(async (source) => ({ source, card: await source.load(context) })));
  const of = (kind: OverviewSource["kind"]) =>
    cards.filter(({ source, card }) => source.kind === kind && card).map(({ source, card }) => ({ id: source.id, ...card! }));
  return { todo: of("todo"), status: of("status") };
}
