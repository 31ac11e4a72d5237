import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/metadata";
import type { PageContext } from "@/lib/pages";
import { contentKindAt } from "@/lib/content/kinds";

/**
 * The title of an editor's page about one kind of content: `editor.kinds.<kind>.<key>` for the
 * kind the address names, `editor.missing.title` for an address that names none.
 */
export function editorPageTitle(key: "new" | "edit") {
  return ({ locale, params }: PageContext<{ kind: string }, unknown>): Promise<Metadata> => {
    const kind = contentKindAt(params.kind);
    return pageMetadata(locale, (t) => t((kind ? `editor.kinds.${kind}.${key}` : "editor.missing.title") as "editor.missing.title"));
  };
}
