/**
 * The joblog's one rule for text (R3.2; release note 3.2): an entry saves with any
 * character except `<` and `>`, which are removed — whether the citizen typed them, edited
 * them in, or they came from a job ad's title, street or city. Every path that writes a
 * joblog entry passes its texts through here (lib/joblog/mutations.ts), so the rule holds
 * in one place. Everything else, including quotes, `&`, emoji, combining marks and
 * right-to-left marks, is kept exactly.
 */
export function cleanJoblogText(text: string): string {
  return text.replace(/[<>]/g, "");
}

/** The characters the joblog removes, for the page that tells the citizen before they save. */
export const REMOVED_JOBLOG_CHARACTERS = ["<", ">"] as const;
