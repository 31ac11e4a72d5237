import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messageFallback, reportIntlError } from "./message-fallback";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale, locale: given }) => {
  // A locale given to getTranslations({ locale }) is used as it is: the request's is read only
  // when needed, so a page made for the cache (which has no request) never reads it.
  const requested = given ?? (await requestLocale);
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
