import { describe, expect, test } from "vitest";
import { renderMarkdown } from "./markdown";

describe("editors' Markdown", () => {
  test("R2.1 Markdown becomes paragraphs, emphasis, lists and links", () => {
    const html = renderMarkdown("Første afsnit med **fed** og *kursiv*.\n\n- et punkt\n- et andet\n\n[FAQ](/hjaelp/faq-jobsoegere)");
    expect(html).toContain("<p>Første afsnit med <strong>fed</strong> og <em>kursiv</em>.</p>");
    expect(html).toContain("<ul>\n<li>et punkt</li>\n<li>et andet</li>\n</ul>");
    expect(html).toContain('<a href="/hjaelp/faq-jobsoegere" rel="noopener noreferrer">FAQ</a>');
  });

  test("R2.1 no script, style or event attribute survives, and script text is dropped", () => {
    const html = renderMarkdown(
      'Hej<script>alert("x")</script><style>body{display:none}</style>\n\n<img src="x" onerror="alert(1)"><p onclick="alert(2)" style="color:red">Tekst</p>',
    );
    expect(html).not.toMatch(/<script|<style|<img|onerror|onclick|style=|alert/i);
    expect(html).toContain("Tekst");
  });

  test("R2.1 links keep only safe addresses and get safe attributes", () => {
    const html = renderMarkdown(
      '[klik](javascript:alert(1)) <a href="https://star.dk" target="_blank" onmouseover="x()">STAR</a> [ring](tel:+4512345678) [data](data:text/html,hi)',
    );
    expect(html).not.toMatch(/javascript:|data:|target=|onmouseover/);
    expect(html).toContain('<a href="https://star.dk" rel="noopener noreferrer">STAR</a>');
    expect(html).toContain('<a href="tel:+4512345678" rel="noopener noreferrer">ring</a>');
  });

  test("R2.1 headings, tables and images are not part of a note's body", () => {
    const html = renderMarkdown("# Overskrift\n\n![billede](https://example.dk/x.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).not.toMatch(/<h1|<img|<table/);
    expect(html).toContain("Overskrift");
  });
});
