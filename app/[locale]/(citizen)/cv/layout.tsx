import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The CV's forms get their own labels and error texts; every other text of the page is drawn on the server. */
export default function CvLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["cv.form", "cv.errors"]}>{children}</ClientMessages>;
}
