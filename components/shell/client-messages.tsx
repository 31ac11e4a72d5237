import type { AbstractIntlMessages } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, SHELL_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { strictMessages } from "@/lib/i18n/message-fallback";
import { IntlProvider } from "./intl-provider";

/**
 * Gives the client islands inside it the texts they use, and no others: the shell's few
 * (SHELL_CLIENT_NAMESPACES) and the given namespaces or paths (`"supportRequest"`,
 * `"staff.contacts"`). Server components translate on the server and need none of this;
 * only what a component in the browser calls `useTranslations` for travels in the page.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  return (
    <IntlProvider
      locale={locale}
      timeZone={timeZone}
      strict={strictMessages()}
      messages={pickMessages(messages, [...SHELL_CLIENT_NAMESPACES, ...namespaces]) as AbstractIntlMessages}
    >
      {children}
    </IntlProvider>
  );
}
