import { searchOccupationTitles, titleLabel } from "@/lib/jobsearch/occupations";

/**
 * The title picker's suggestions: `GET /api/stillingsbetegnelser?q=<words>&sprog=da|en` →
 * `{ titles: [{ code, label }] }`, at most 10, searched over titles in both languages and
 * aliases (lib/jobsearch/occupations.ts). Public reference data, cached by browsers for an hour.
 */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, 200);
  const locale = url.searchParams.get("sprog") === "en" ? "en" : "da";
  const titles = searchOccupationTitles(query, locale, 10).map((title) => ({ code: title.code, label: titleLabel(title, locale) }));
  return Response.json({ titles }, { headers: { "Cache-Control": "public, max-age=3600" } });
}
