import { setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { setResponseStatus } from "@/lib/http/request-context";

type Props = { params: Promise<{ locale: string }> };

/**
 * An address no page answers, in either language: the not-found page of its language, with
 * the whole page shell (the visitor's session included), answering 404 through the portal's
 * server (lib/http/request-context.ts); its title comes from NotFoundText. Rendered here rather than by app/not-found.tsx,
 * which is part of every page's tree and so may read nothing of the request.
 */
export default async function UnknownAddress({ params }: Props) {
  setRequestLocale((await params).locale);
  setResponseStatus(404);
  return <NotFoundContent />;
}
