import { getTranslations } from "next-intl/server";
import { requireCitizen } from "@/lib/auth/session";
import { plainPageResponse } from "@/lib/http/plain-page";
import { localizedPath, routing, type Locale } from "@/lib/i18n/routing";
import { getPlanDocument } from "@/lib/plans/queries";

export const dynamic = "force-dynamic";

/**
 * One of the citizen's documents under `Min historik` (R4.3): an uddannelsespålæg PDF made
 * before the release, `GET /min-plan/historik/dokumenter/<id>`, for its owner only. Anyone not
 * logged in goes to the front page; an id that is malformed, unknown or another citizen's is a
 * 404 page (the data function logs the other citizen's). Never cached: it is personal data.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }): Promise<Response> {
  const { locale: requested, id } = await params;
  const locale: Locale = (routing.locales as readonly string[]).includes(requested) ? (requested as Locale) : routing.defaultLocale;
  const citizen = await requireCitizen(locale);
  const document = await getPlanDocument({ citizenId: citizen.citizenId, documentId: id });
  if (!document) {
    const t = await getTranslations({ locale, namespace: "plans" });
    return plainPageResponse({
      path: new URL(request.url).pathname,
      status: 404,
      title: t("documentNotFound"),
      paragraphs: [t("documentNotFoundText")],
      links: [{ href: localizedPath(locale, "/min-plan/historik"), text: t("history.title") }],
    });
  }
  return new Response(new Uint8Array(document.pdf), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${document.filename}"`,
      "content-length": String(document.pdf.byteLength),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
