"use server";
// Every export of this file is a server action: a public endpoint anyone can call.

import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/actions";
import { localizedPath, routing } from "@/lib/i18n/routing";
import { createSupportRequest } from "./mutations";
import { supportRequestSchema } from "./schema";

const schema = supportRequestSchema.extend({ locale: z.enum(routing.locales).catch(routing.defaultLocale) });

/** R1.8: stores the special support request and shows its receipt. */
export const sendSupportRequest = serverAction({ schema, access: "public" }, async ({ locale, ...request }) => {
  const { reference } = await createSupportRequest(request);
  redirect(`${localizedPath(locale, "/supporthenvendelse/kvittering")}?reference=${reference}`);
});
