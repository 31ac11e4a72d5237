import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messageFallback, reportIntlError } from "./message-fallback";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return {
    locale,
    messages,
    timeZone: "Europe/Copenhagen",
    // A text missing from the message files shows as a generic one, never as its key.
    onError: reportIntlError,
    getMessageFallback: messageFallback(messages),
  };
});
