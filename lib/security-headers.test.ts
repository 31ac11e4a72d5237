import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  contentSecurityPolicy,
  letterPdfContentSecurityPolicy,
  SCRIPT_HASHES_PLACEHOLDER,
  scriptHashSources,
  setsOwnContentSecurityPolicy,
} from "./security-headers";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

describe("the CSP of pages", () => {
  test("X5 a page rendered for its request allows its nonce; a cached page waits for its hashes; neither allows inline scripts", () => {
    const options = { brokerOrigin: "http://localhost:3001", https: false, development: false };
    const rendered = contentSecurityPolicy({ ...options, scripts: { nonce: "abc" } });
    expect(rendered).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    const cached = contentSecurityPolicy({ ...options, scripts: "hashes" });
    expect(cached).toContain(`script-src 'self' ${SCRIPT_HASHES_PLACEHOLDER};`);
    for (const policy of [rendered, cached]) {
      expect(/script-src [^;]*unsafe-inline/.test(policy)).toBe(false);
    }
  });

  test("X5 only Next's own data scripts get a hash, each once", () => {
    const first = "(self.__next_f=self.__next_f||[]).push([0])";
    const chunk = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"x\\"]\\n"])';
    const other = 'self.__next_f.push([1,"a"]);alert(1)';
    const chunkList = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';
    const notAList = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1}, alert(1));';
    const html = [
      `<html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>`,
      `<script id="_R_">${chunkList}</script>`,
      `<script>${notAList}</script>`,
      `<script>${first}</script>`,
      `<script>${chunk}</script>`,
      `<script>${chunk}</script>`,
      `<script>${other}</script>`,
      `<script>alert(document.cookie)</script>`,
      `<script type="module">import("/x.js")</script>`,
      `<script>self.__next_f.push([2,null])</script>`,
      `</body></html>`,
    ].join("");
    expect(scriptHashSources(html)).toEqual([sha(chunkList), sha(first), sha(chunk), sha("self.__next_f.push([2,null])")]);
    expect(scriptHashSources("<p>no scripts</p>")).toEqual([]);
    // Inside the page's content, even a script of the right shape gets no hash.
    const content = `<main id="indhold"><div class="rich-text"><script>${chunk}</script></div></main><script>${first}</script>`;
    expect(scriptHashSources(content)).toEqual([sha(first)]);
  });
});

describe("the CSP of a letter's PDF", () => {
  test("X5 R4.1 lets the browser's PDF viewer show the letter (its embed and inline styles) and nothing run; the proxy leaves it alone", () => {
    const directives = new Map(
      letterPdfContentSecurityPolicy
        .split(";")
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'self'"]);
    expect(directives.has("script-src")).toBe(false);
    expect(directives.has("sandbox")).toBe(false);
    for (const path of ["/beskeder/3f2b8a8e-8a52-4d1e-9d7b-3c1f6a0f0b11/brev", "/en/beskeder/x/brev"])
      expect(setsOwnContentSecurityPolicy(path), path).toBe(true);
    for (const path of ["/beskeder", "/beskeder/x", "/beskeder/x/brev/y", "/joblog/x/brev", "/da/beskeder/x/brev"])
      expect(setsOwnContentSecurityPolicy(path), path).toBe(false);
  });
});
