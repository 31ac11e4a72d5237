import { citizenPage } from "@/lib/pages";
import { SygdomConfirmation } from "../../_components/sygdom/confirmation";

/** `Meld syg`, confirmed (R4.2): what `Bekræft` will do, and `Bekræft`; nothing is stored before it is pressed. */
const page = citizenPage("form", ({ locale, citizen, searchParams }) => (
  <SygdomConfirmation locale={locale} citizen={citizen} kind="syg" searchParams={searchParams} />
));

export default page.Page;
export const generateMetadata = page.generateMetadata;
