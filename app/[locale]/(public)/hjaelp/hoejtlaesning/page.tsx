import { TextPage } from "@/components/text-page";
import { publicPage } from "@/lib/pages";

// R1.7: the read-aloud help is linked from the footer under `Hjælp` and from nowhere else.
const page = publicPage("readAloud.title", () => <TextPage namespace="readAloud" />);

export default page.Page;
export const generateMetadata = page.generateMetadata;
