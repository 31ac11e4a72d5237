import type { APIRequestContext, APIResponse } from "@playwright/test";

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'", "&#39;": "'" };
const decode = (value: string) => value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (entity) => entities[entity]);

/**
 * Posts a page's server-action form as a browser without JavaScript does: the form's hidden
 * inputs from the page (which name the action), plus `fields`, as multipart/form-data.
 * The form is the first action form with a field named like the first of `fields` (so a
 * page's logout form is never posted by mistake), or the one `formIndex` picks.
 */
export async function postFormWithoutScript(
  request: APIRequestContext,
  url: string,
  fields: Record<string, string>,
  options: { formIndex?: number; headers?: Record<string, string>; timeout?: number } = {},
): Promise<APIResponse> {
  const html = await (await request.get(url, { timeout: options.timeout })).text();
  const forms = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]).filter((body) => body.includes("$ACTION_"));
  const firstField = Object.keys(fields).find((name) => !name.startsWith("$"));
  const form =
    options.formIndex !== undefined ? forms[options.formIndex] : (forms.find((body) => firstField && body.includes(`name="${firstField}"`)) ?? forms[0]);
  if (!form) throw new Error(`No server-action form on ${url}`);
  const multipart: Record<string, string> = {};
  for (const [, attributes] of form.matchAll(/<input\b([^>]*type="hidden"[^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (name) multipart[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? "");
  }
  return request.post(url, { multipart: { ...multipart, ...fields }, maxRedirects: 0, headers: options.headers, timeout: options.timeout });
}
