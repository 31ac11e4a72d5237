import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { Section } from "@/components/section";
import { TermList } from "@/components/term-list";
import type { CitizenSession } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { loadOverview, type OverviewCard } from "@/lib/mit-jobnet/overview";

function CardBody({ card }: { card: OverviewCard }) {
  return (
    <>
      {card.text && <p className="mb-2">{card.text}</p>}
      {card.facts && (
        <TermList className="mb-3">
          {card.facts.map((fact) => (
            <Fragment key={fact.term}>
              <dt className="font-semibold">{fact.term}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </TermList>
      )}
      <a href={card.link.href}>{card.link.label}</a>
    </>
  );
}

/**
 * The citizen's overview on their front page: what needs doing now, then each tool's summary,
 * from the registry of overview sources (lib/mit-jobnet/overview.ts). Only the citizen's own.
 */
export async function CitizenOverview({ citizen, locale }: { citizen: CitizenSession; locale: Locale }) {
  const [t, { todo, status }] = await Promise.all([getTranslations({ locale, namespace: "mitJobnet" }), loadOverview({ citizen, locale, now: new Date() })]);
  return (
    <>
      <Section headingId="todo-heading" heading={t("todoHeading")} className="mb-10">
        {todo.length === 0 ? (
          <p>{t("nothingToDo")}</p>
        ) : (
          <ul className="list-none space-y-4">
            {todo.map((card) => (
              <li key={card.id} className="rounded border border-border p-5">
                <h3 className="mb-2 text-lg font-semibold">{card.heading}</h3>
                <CardBody card={card} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {status.map((card) => (
        <Section key={card.id} headingId={`${card.id}-heading`} heading={card.heading} className="mb-10 rounded border border-border p-5">
          <CardBody card={card} />
        </Section>
      ))}
    </>
  );
}
