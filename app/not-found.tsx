import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { PageShell } from "@/components/shell/page-shell";

// An address no page answers. The proxy has already told next-intl the language from the
// path, so the page comes in the visitor's language with the whole page shell — rendered on
// the server, so it also reads without JavaScript.
export default async function NotFound() {
  const locale = await getLocale();
  return (
    <PageShell locale={locale}>
      <NotFoundContent />
    </PageShell>
  );
}
