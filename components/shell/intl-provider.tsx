"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { messageFallback, reportIntlError } from "@/lib/i18n/message-fallback";

/**
 * The translations for the page's client islands. The server's fallback for a missing text
 * (lib/i18n/request.ts) is a function, which cannot travel to the browser, so the browser's
 * provider is given its own: the same generic text in place of a raw key.
 */
export function IntlProvider({
  locale,
  messages,
  timeZone,
  children,
}: {
  locale: string;
  messages: AbstractIntlMessages;
  timeZone: string;
  children: ReactNode;
}) {
  const getMessageFallback = useMemo(() => messageFallback(messages), [messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} onError={reportIntlError} getMessageFallback={getMessageFallback}>
      {children}
    </NextIntlClientProvider>
  );
}
