import { hasLocale } from "next-intl";
import { requireCitizen } from "@/lib/auth/session";
import { plainPageResponse } from "@/lib/http/plain-page";
import { localizedPath, routing } from "@/lib/i18n/routing";
import { openBesked } from "@/lib/messages/mutations";
import { isReadingRequest } from "@/lib/messages/read-intent";
import { letterFileName, letterOf } from "@/lib/messages/texts";
import { renderLetterPdf } from "@/lib/pdf/letter";
import { letterPdfContentSecurityPolicy } from "@/lib/security-headers";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

export const dynamic = "force-dynamic";

/**
 * A message's letter as a PDF (R4.1), `/beskeder/<id>/brev`, in the language of the address it
 * is asked for at, shown in the browser (inline) with a file name that says what it is and
 * when; never stored by a cache; with a CSP that lets the browser's PDF viewer show it and
 * nothing else run. Opening it marks the message read, but not a HEAD request or a browser's
 * prefetch (read-intent.ts). A message that is not the citizen's own, or an id that names
 * none, is not found (404); nobody logged in is sent to the front page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }): Promise<Response> {
  const { locale: asked, id } = await params;
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale;
  const citizen = await requireCitizen(locale);
  const markRead = isReadingRequest({ method: request.method, headers: request.headers });
  const besked = await openBesked({ citizenId: citizen.citizenId, beskedId: id, markRead });
  const inbox = localizedPath(locale, "/beskeder");
  if (!besked) {
    const texts = (locale === "en" ? en : da).beskeder;
    return plainPageResponse({
      path: `${inbox}/${encodeURIComponent(id)}/brev`,
      status: 404,
      title: texts.notFoundTitle,
      paragraphs: [texts.notFound],
      links: [{ href: inbox, text: texts.back }],
    });
  }
  const pdf = await renderLetterPdf(letterOf(besked, citizen.name, locale));
  return new Response(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${letterFileName(besked, locale)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": letterPdfContentSecurityPolicy,
    },
  });
}
