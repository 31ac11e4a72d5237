import { getTranslations } from "next-intl/server";

/** A page of plain guidance from the message files: a title, an introduction and sections with headings. */
export async function TextPage({ namespace }: { namespace: "readAloud" | "privacy" }) {
  const t = await getTranslations(namespace);
  const sections = t.raw("sections") as { heading: string; text: string }[];
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8 text-lg">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.heading} className="mb-6">
          <h2 className="mb-2 text-xl">{section.heading}</h2>
          <p>{section.text}</p>
        </section>
      ))}
    </div>
  );
}
