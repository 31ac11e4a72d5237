import { citizenPage } from "@/lib/pages";
import { SygdomStart } from "../_components/sygdom/start";

/** `Meld syg` (R4.2): from which day; `Næste` leads to the confirmation page. */
const page = citizenPage("form", ({ locale, citizen, searchParams }) => (
  <SygdomStart locale={locale} citizenId={citizen.citizenId} kind="syg" searchParams={searchParams} />
));

export default page.Page;
export const generateMetadata = page.generateMetadata;
