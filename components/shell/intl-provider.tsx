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
  strict,
  children,
}: {
  locale: string;
  messages: AbstractIntlMessages;
  timeZone: string;
  /** A missing text throws instead of falling back (lib/i18n/message-fallback.ts `strictMessages`). */
  strict: boolean;
  children: ReactNode;
}) {
  const getMessageFallback = useMemo(() => messageFallback(messages, { strict }), [messages, strict]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} onError={reportIntlError} getMessageFallback={getMessageFallback}>
      {children}
    </NextIntlClientProvider>
  );
}
