import { TextPage } from "@/components/text-page";
import { publicPage } from "@/lib/pages";

const page = publicPage("privacy.title", () => <TextPage namespace="privacy" />);

export default page.Page;
export const generateMetadata = page.generateMetadata;
