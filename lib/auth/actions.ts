"use server";
// Every export of this file is a server action: a public endpoint anyone can call.

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/actions";
import { localizedPath, routing } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { brokerLogoutUrl } from "./broker";
import { endCitizenSession } from "./mutations";
import { authCookies } from "./session-token";

const logOutSchema = z.object({ locale: z.enum(routing.locales).catch(routing.defaultLocale) });

/**
 * Ends this session in the portal and, after a MitID login, at the broker too (RP-initiated
 * logout), which returns the citizen to the logged-out page.
 */
export const logOut = serverAction({ schema: logOutSchema, access: "public" }, async ({ locale }, { citizen }) => {
  const { name, options } = authCookies().sessionToken;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  const loggedOutPage = localizedPath(locale, "/logget-ud");
  if (!citizen) redirect(loggedOutPage);

  await endCitizenSession({ sessionId: citizen.sessionId, reason: "logout" });
  let brokerLogout: string | null = null;
  if (citizen.method === "mitid" && citizen.idToken) {
    try {
      brokerLogout = await brokerLogoutUrl({ idToken: citizen.idToken, locale });
    } catch (error) {
      // The portal session has ended either way; a broker that cannot be reached must not keep the citizen here.
      log.warn("broker_logout_unavailable", { message: error instanceof Error ? error.message : String(error) });
    }
  }
  redirect(brokerLogout ?? loggedOutPage);
});
