import { FaqPage, faqSearch } from "@/app/[locale]/_components/faq-page";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPage } from "@/lib/pages";

const page = publicPage(
  // A refused search marks the title as an error (WCAG 3.3.1).
  ({ locale, searchParams }) => pageMetadata(locale, (t) => t("faq.jobsoegere.title"), { refused: faqSearch(searchParams).searchError !== null }),
  ({ searchParams }) => <FaqPage audience="jobsoegere" searchParams={searchParams} />,
);

export default page.Page;
export const generateMetadata = page.generateMetadata;
