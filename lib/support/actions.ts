"use server";
// Every export of this file is a server action: a public endpoint anyone can call.

import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { createSupportRequest } from "./mutations";
import { supportRequestSchema } from "./schema";

/** R1.8: stores the special support request and shows its receipt. */
export const sendSupportRequest = citizenAction({ schema: supportRequestSchema, access: "public" }, async ({ locale, ...request }) => {
  const { reference } = await createSupportRequest(request);
  redirect(`${localizedPath(locale, "/supporthenvendelse/kvittering")}?reference=${reference}`);
});
