import { readdirSync } from "node:fs";
import path from "node:path";

/** The site's own files (public/, served at the top of the site), read once. */
export const publicFiles: ReadonlySet<string> = new Set(
  (() => {
    try {
      return readdirSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public"));
    } catch {
      return [];
    }
  })(),
);

/** Whether an address is one of the site's own files, which the proxy passes straight through. */
export function isPublicFile(pathname: string): boolean {
  return /^\/[^/]+$/.test(pathname) && publicFiles.has(pathname.slice(1));
}
