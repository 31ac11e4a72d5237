import { readFileSync } from "node:fs";
import pdfmake from "pdfmake";
import roboto from "pdfmake/fonts/Roboto.js";
import { createTranslator } from "use-intl/core";
import { formatDanishDate } from "@/lib/content/danish-time";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

// The portal's letters as PDF (R4.1): an A4 letter with real, selectable text in Roboto, the
// font pdfmake ships (it covers Danish and the Latin letters of any citizen's name), embedded
// from the package so nothing is fetched. The PDF's metadata carries the title (shown as the
// window title) and the language. pdfmake does not mark up content for a tagged PDF (its
// `tagged` flag would only announce an empty structure tree, which hides the text from
// assistive technology), so the letter is one column in reading order, with its title as a
// bookmark. It runs inside Next (pdfmake is a server-external package) and under tsx.

/** A letter as the citizen reads it: every text already in `locale`. */
export interface Letter {
  locale: "da" | "en";
  title: string;
  /** Who sends it, e.g. the jobcenter's name. */
  sender: string;
  /** Who it is to, e.g. the citizen's name. */
  recipient: string;
  date: Date;
  paragraphs: readonly string[];
  /** A list after the paragraphs (e.g. the støttebehov registered). */
  items?: readonly string[];
  reference?: string;
}

const messages = { da: { beskeder: { letter: da.beskeder.letter } }, en: { beskeder: { letter: en.beskeder.letter } } };

let fontsLoaded = false;

/** Loads the font files once per process as bytes, and lets pdfmake read nothing else from disk or the network. */
function preparePdfmake(): void {
  if (fontsLoaded) return;
  // pdfmake takes fonts by name only, and looks a name up in its in-memory file system first.
  const files = { normal: "Roboto-Regular.ttf", bold: "Roboto-Medium.ttf", italics: "Roboto-Italic.ttf", bolditalics: "Roboto-MediumItalic.ttf" };
  for (const style of ["normal", "bold", "italics", "bolditalics"] as const) {
    pdfmake.virtualfs.writeFileSync(files[style], readFileSync(roboto.Roboto[style]));
  }
  pdfmake.setFonts({ Roboto: { ...files } });
  // A letter's texts are data, never addresses: no image or font is ever fetched or read by name.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsLoaded = true;
}

/** Renders `letter` as an A4 PDF with selectable text, its title and language in the metadata. */
export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  preparePdfmake();
  const t = createTranslator({ locale: letter.locale, messages: messages[letter.locale] });
  const content: Record<string, unknown>[] = [
    {
      columns: [
        { text: letter.sender, style: "sender", width: "*" },
        { text: formatDanishDate(letter.date, letter.locale), alignment: "right", width: "auto" },
      ],
    },
    { text: [{ text: `${t("beskeder.letter.to")}: `, bold: true }, letter.recipient], margin: [0, 24, 0, 0] },
    { text: letter.title, style: "title", outline: true },
    ...(letter.reference ? [{ text: `${t("beskeder.letter.reference")}: ${letter.reference}`, style: "reference" }] : []),
    ...letter.paragraphs.map((paragraph) => ({ text: paragraph, style: "paragraph" })),
    ...(letter.items && letter.items.length > 0 ? [{ ul: [...letter.items], style: "items" }] : []),
  ];
  const definition = {
    pageSize: "A4",
    pageMargins: [64, 64, 64, 64],
    version: "1.7",
    language: letter.locale === "da" ? "da-DK" : "en-GB",
    displayTitle: true,
    info: { title: letter.title, author: letter.sender, subject: letter.title, creator: "Jobnet", producer: "Jobnet" },
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.3 },
    styles: {
      sender: { bold: true, fontSize: 12 },
      title: { bold: true, fontSize: 16, margin: [0, 28, 0, 6] },
      reference: { fontSize: 10, margin: [0, 0, 0, 10] },
      paragraph: { margin: [0, 0, 0, 10] },
      items: { margin: [0, 0, 0, 10] },
    },
    content,
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
