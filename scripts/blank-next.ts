// A blank Next app built with this project's Next and React, the reference for the portal's
// figures in `npm run bench` and `npm run lighthouse`.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");

/** The address of every script a page loads by itself (`<script src>`), resolved against the page. */
export function scriptSources(html: string, base: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => new URL(match[1].replaceAll("&amp;", "&"), base).href);
}

/**
 * A blank Next app built with this project's Next and React: one layout, a static page (`/`)
 * and a page rendered per request (`/dynamic`), nothing else. Built once per Next version
 * into .data/bench (inside the project, so Next finds its packages; with a config of its own).
 * Returns its folder and the first-load JavaScript (gzipped) of its static page.
 */
export function blankNext(): { dir: string; javascriptGzip: number } {
  const nextVersion = JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")).version as string;
  const dir = path.join(root, ".data", "bench", `blank-next-${nextVersion}`);
  const resultFile = path.join(dir, "javascript.json");
  if (existsSync(resultFile)) return { dir, javascriptGzip: (JSON.parse(readFileSync(resultFile, "utf8")) as { javascriptGzip: number }).javascriptGzip };
  console.log(`Building a blank Next ${nextVersion} app for the reference figures (once)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app", "dynamic"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "blank-next", private: true }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  // Its own (empty) instrumentation hook, or Next would take the portal's from the folder above.
  writeFileSync(path.join(dir, "instrumentation.js"), "export function register() {}\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(path.join(dir, "app", "page.jsx"), `export default function Page() { return <p>Blank</p>; }\n`);
  writeFileSync(
    path.join(dir, "app", "dynamic", "page.jsx"),
    `import { connection } from "next/server";\nexport default async function Page() { await connection(); return <p>Blank, rendered for its request</p>; }\n`,
  );
  execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const html = readFileSync(path.join(dir, ".next", "server", "app", "index.html"), "utf8");
  let javascriptGzip = 0;
  for (const source of new Set(scriptSources(html, "http://blank/"))) {
    const file = path.join(dir, ".next", decodeURIComponent(new URL(source).pathname).replace(/^\/_next\//, ""));
    javascriptGzip += gzipSync(readFileSync(file)).length;
  }
  writeFileSync(resultFile, JSON.stringify({ javascriptGzip }));
  return { dir, javascriptGzip };
}

/** Starts the blank Next app's production server on `port`; resolves once it answers. */
export async function startBlankNext(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`The blank Next app did not start (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`http://localhost:${port}/dynamic`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error("The blank Next app did not answer within 30 s");
}
