import { getLocale, getTranslations } from "next-intl/server";
import { listFaq } from "@/lib/content/queries";

/** One of the two FAQs: entries grouped by topic, each with a stable anchor to link to. */
export async function FaqPage({ audience }: { audience: "jobsoegere" | "arbejdsgivere" }) {
  const locale = await getLocale();
  const [t, topics] = await Promise.all([getTranslations("faq"), listFaq({ audience, locale })]);
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t(`${audience}.title`)}</h1>
      <p className="mb-10">{t(`${audience}.intro`)}</p>
      {topics.length === 0 && <p>{t("empty")}</p>}
      {topics.map(({ topic, entries }) => (
        <section key={topic} aria-labelledby={`emne-${entries[0].slug}`} className="mb-10">
          <h2 id={`emne-${entries[0].slug}`} className="mb-4">
            {topic}
          </h2>
          {entries.map((entry) => (
            <article key={entry.slug} id={entry.slug} className="mb-6 scroll-mt-4 border-l-4 border-primary pl-4">
              <h3 className="mb-2 text-lg font-semibold">{entry.question}</h3>
              {entry.answer.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index} className="mb-2">
                  {paragraph}
                </p>
              ))}
              <a href={`#${entry.slug}`} className="text-sm">
                {t("linkToAnswer")}
                <span className="sr-only">: {entry.question}</span>
              </a>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
