import "server-only";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Editors write Markdown; citizens get only this small set of HTML. Raw HTML in the source
// goes through the same sanitizer: no script, style, event attribute or javascript: link
// survives, and every link is marked so the page it opens cannot reach back to Jobnet.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "code"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** An editor's Markdown as sanitized HTML, safe to put in a page. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}
