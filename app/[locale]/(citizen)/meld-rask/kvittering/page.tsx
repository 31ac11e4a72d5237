import { citizenPage } from "@/lib/pages";
import { SygdomReceipt } from "../../_components/sygdom/receipt";

/** The receipt of `Meld rask` (R4.2), by its reference (`?reference=`); only the citizen's own. */
const page = citizenPage("form", ({ locale, citizen, searchParams }) => (
  <SygdomReceipt locale={locale} citizenId={citizen.citizenId} kind="rask" searchParams={searchParams} />
));

export default page.Page;
export const generateMetadata = page.generateMetadata;
