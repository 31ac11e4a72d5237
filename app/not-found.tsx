import { createTranslator } from "next-intl";
import { PageDocument } from "@/components/shell/page-frame";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

// Next's last resort, outside any language's pages: every address a person can ask for is
// answered in its language by app/[locale] (an unknown one by its not-found page). This one
// is part of every page's tree, the cached ones too, so it reads nothing of the request: it
// says "not found" in Danish, then in English.
// Plain links on purpose: this page is outside the [locale] pages' tree, and a full page load
// takes the visitor back into it with the shell, the session and the right language.
/* eslint-disable @next/next/no-html-link-for-pages -- see above */
export default function NotFound() {
  const danish = createTranslator({ locale: "da", messages: da, namespace: "notFound" });
  const english = createTranslator({ locale: "en", messages: en, namespace: "notFound" });
  return (
    <PageDocument locale="da">
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-10">
        <title>{danish("title")}</title>
        <h1 className="mb-6">{danish("title")}</h1>
        <p className="mb-6 max-w-prose">{danish("text")}</p>
        <p className="mb-10">
          <a href="/">{danish("toFrontPage")}</a>
        </p>
        <div lang="en">
          <h2 className="mb-4">{english("title")}</h2>
          <p className="mb-6 max-w-prose">{english("text")}</p>
          <p>
            <a href="/en">{english("toFrontPage")}</a>
          </p>
        </div>
      </main>
    </PageDocument>
  );
}
