/**
 * The Danish a-kasser (arbejdsløshedskasser) a citizen can say they are a member of on
 * `Tilmelding` (R1.7), by a stable code and their own name (a proper name, the same in Danish
 * and English).
 *
 * Source: the state-approved a-kasser that Styrelsen for Arbejdsmarked og Rekruttering (STAR)
 * lists and supervises (star.dk, "A-kasser"), as their names stood in 2025, cross-checked with
 * the members' table on arbejdsloshedskasse.dk/a-kasser. A-kasser merge and rename now and then:
 * check the list against STAR's when that happens. A code, once used, is never reused for
 * another a-kasse (stored registrations keep it); a name that changes keeps its code.
 */
export const AKASSER = [
  { code: "3f", name: "3F A-kasse" },
  { code: "aka", name: "Akademikernes A-kasse" },
  { code: "ajks", name: "A-kassen for Journalistik, Kommunikation og Sprog" },
  { code: "ase", name: "ASE" },
  { code: "bupl", name: "BUPL-A" },
  { code: "ca", name: "CA a-kasse" },
  { code: "metal", name: "Dansk Metals A-kasse" },
  { code: "dfh", name: "Det Faglige Hus A-kasse" },
  { code: "din-faglige", name: "Din Faglige A-kasse" },
  { code: "dsa", name: "DSA – Din Sundhedsfaglige A-kasse" },
  { code: "foa", name: "FOA A-kasse" },
  { code: "frie", name: "Frie A-kasse" },
  { code: "ftf-a", name: "FTF-A" },
  { code: "nnf", name: "Fødevareforbundet NNF's A-kasse" },
  { code: "hk", name: "HK A-kasse" },
  { code: "krifa", name: "Krifa A-kasse" },
  { code: "lederne", name: "Ledernes A-kasse" },
  { code: "laererne", name: "Lærernes A-kasse" },
  { code: "ma", name: "Magistrenes A-kasse" },
  { code: "min-a-kasse", name: "Min A-kasse" },
  { code: "sl", name: "Socialpædagogernes A-kasse" },
  { code: "ta", name: "Teknikernes A-kasse" },
  { code: "virksom", name: "Virksom A-kasse" },
] as const;

export type AkasseCode = (typeof AKASSER)[number]["code"];

export const AKASSE_CODES = AKASSER.map((akasse) => akasse.code) as [AkasseCode, ...AkasseCode[]];

/** Whether `code` is one of the a-kasser on the list. */
export function isAkasseCode(code: unknown): code is AkasseCode {
  return typeof code === "string" && (AKASSE_CODES as readonly string[]).includes(code);
}

/** An a-kasse's name by its code; the code itself for one no longer on the list. */
export function akasseName(code: string): string {
  return AKASSER.find((akasse) => akasse.code === code)?.name ?? code;
}
