import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, test } from "vitest";
import { renderLetterPdf, type Letter } from "./letter";

/** The PDF's title and language from its metadata, and its text page by page, read back as a PDF reader does. */
async function readPdf(bytes: Uint8Array): Promise<{ title: unknown; language: unknown; pages: number; text: string; width: number; height: number }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const { info } = await document.getMetadata();
  const page = await document.getPage(1);
  const [, , width, height] = page.view;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join(""));
  }
  const { Title, Language } = info as { Title?: unknown; Language?: unknown };
  await document.destroy();
  return { title: Title, language: Language, pages: texts.length, text: texts.join("\n").replace(/\s+/g, " "), width, height };
}

const letter: Letter = {
  locale: "da",
  title: "Jobcentret har registreret støttebehov i din uddannelsesplan",
  sender: "Jobcenter København",
  recipient: "Emil Ung",
  date: new Date("2026-12-01T09:00:00Z"),
  paragraphs: ["Jobcentret har registreret, at du har brug for støtte, når du starter på en uddannelse.", "Æbler, øl og ål — «citater» & <tegn>."],
  items: ["Mentorstøtte", "Samtaler med en psykolog"],
  reference: "Plan 3",
};

describe("renderLetterPdf", () => {
  test("R4.1 the letter is an A4 PDF with its title and language in the metadata and its text readable, æøå included", async () => {
    const bytes = await renderLetterPdf(letter);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe(letter.title);
    expect(pdf.language).toBe("da-DK");
    expect(Math.round(pdf.width)).toBe(595);
    expect(Math.round(pdf.height)).toBe(842);
    for (const expected of [letter.title, letter.sender, "Emil Ung", "1. december 2026", ...letter.paragraphs, ...letter.items!, "Reference: Plan 3"]) {
      expect(pdf.text).toContain(expected);
    }
  });

  test("R4.1 an English letter says so in its metadata and labels", async () => {
    const bytes = await renderLetterPdf({ ...letter, locale: "en", title: "Your letter", reference: undefined, items: undefined });
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe("Your letter");
    expect(pdf.language).toBe("en-GB");
    expect(pdf.text).toContain("To: Emil Ung");
    expect(pdf.text).toContain("1 December 2026");
    expect(pdf.text).not.toContain("Reference");
  });
});
