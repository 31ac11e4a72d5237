// pdfmake 0.3 ships no types (the DefinitelyTyped ones are for 0.2): the little of its server
// API the letters use.
declare module "pdfmake" {
  interface FontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    /** pdfmake's in-memory files, looked up by name before the disk or the network. */
    virtualfs: { writeFileSync(name: string, content: Buffer | Uint8Array): void };
    setFonts(fonts: Record<string, FontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module "pdfmake/fonts/Roboto.js" {
  const fonts: { Roboto: { normal: string; bold: string; italics: string; bolditalics: string } };
  export default fonts;
}
