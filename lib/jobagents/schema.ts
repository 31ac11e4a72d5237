import { z } from "zod";
import { region } from "@/db/schema/jobsearch";
import { registerFormMessages } from "@/lib/form-messages";
import { postnummerPoint, type AgentDistance } from "@/lib/jobsearch/distance";
import { exactOccupationTitle, findOccupationTitle } from "@/lib/jobsearch/occupations";
import { findPostnummer } from "@/lib/jobsearch/postnumre";
import { MAX_TITLES, MAX_WORDS_LENGTH } from "@/lib/jobsearch/search-query";
import { text } from "@/lib/validation";

// The job agent's form (R3.4), shared by the server action and the page that shows it again
// after a refusal. Field names are Find job's (`stilling`, `stillingstekst`, `q`, `region`,
// `postnr`; `afstand` is the agent's own), so a search's address fills the form and the title picker works as it does there:
// chosen titles are sent as `stilling` codes, and without JavaScript the typed title
// (`stillingstekst`) is taken when it names a title or alias exactly. Messages are keys under
// `jobagents.errors`.

/** Every value sent under a name, as a list (one value arrives as a string, none as undefined). */
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const jobAgentFrequencies = ["daily", "weekly"] as const;

/** Whether the post was a form at all: the checks across fields run then, even when a field was refused. */
const isForm = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

/** What the title fields sent, read defensively: the checks below also run when a field was refused. */
type SentTitles = { stilling?: unknown; stillingstekst?: unknown };

function typedTitle(form: SentTitles): string {
  return typeof form.stillingstekst === "string" ? form.stillingstekst.trim() : "";
}

/** The titles chosen (known codes) and the one typed, if it names a title exactly. */
function chosenTitles(form: SentTitles): string[] {
  const codes = (Array.isArray(form.stilling) ? form.stilling : []).filter((code): code is string => typeof code === "string");
  const exact = typedTitle(form) ? exactOccupationTitle(typedTitle(form)) : null;
  return [...new Set([...codes, ...(exact ? [exact.code] : [])])];
}

/** Why the titles cannot make an agent: a typed text that names no title exactly, or no title at all. */
function typedTitleProblem(form: SentTitles): "titleNotFound" | "titlesMissing" | null {
  if (typedTitle(form) && !exactOccupationTitle(typedTitle(form))) return "titleNotFound";
  if (!typedTitle(form) && chosenTitles(form).length === 0) return "titlesMissing";
  return null;
}

/** The distances the form offers, in km as the select sends them: lib/jobsearch/distance.ts's agentDistances. */
export const distanceChoices = ["5", "10", "25", "50", "100"] as const satisfies readonly `${AgentDistance}`[];

/** What the place fields sent, read defensively: the checks below also run when a field was refused. */
type SentPlace = { postnr?: unknown; afstand?: unknown };

/** Why the distance cannot be used: it needs a postcode, and one with a point to measure from. */
function distanceProblem(form: SentPlace): "distanceNeedsPostcode" | "distanceNoPoint" | null {
  if (typeof form.afstand !== "string" || form.afstand === "") return null;
  const postnr = typeof form.postnr === "string" ? form.postnr.trim() : "";
  if (postnr === "") return "distanceNeedsPostcode";
  // A postcode that is wrong in itself is said at the postcode; only a known one without a point is said here.
  if (findPostnummer(postnr) && !postnummerPoint(postnr)) return "distanceNoPoint";
  return null;
}

/** A job agent as the citizen sets it up, on `Opret jobagent` and on `Gem ændringer`. */
export const jobAgentSchema = z
  .object({
    stilling: z.preprocess(list, z.array(text("titleUnknown").refine((code) => findOccupationTitle(code) !== null, "titleUnknown"))),
    stillingstekst: text().max(MAX_WORDS_LENGTH, "titleTextTooLong").optional().default(""),
    q: text().max(MAX_WORDS_LENGTH, "wordsTooLong").optional().default(""),
    region: z
      .union([z.literal(""), z.enum(region.enumValues)], "regionUnknown")
      .optional()
      .default(""),
    postnr: text()
      .trim()
      .regex(/^(\d{4})?$/, { message: "postcodeFormat", abort: true })
      .refine((value) => value === "" || findPostnummer(value) !== null, "postcodeUnknown")
      .optional()
      .default(""),
    afstand: z
      .union([z.literal(""), z.enum(distanceChoices)], "distanceUnknown")
      .optional()
      .default(""),
    frequency: z.enum(jobAgentFrequencies, "frequencyMissing"),
    notify: z.enum(["ja", "nej"], "notifyMissing"),
  })
  // Checked also when another field is refused, so the summary names every problem at once.
  .refine((form) => typedTitleProblem(form) !== "titleNotFound", { path: ["stillingstekst"], message: "titleNotFound", when: isForm })
  .refine((form) => typedTitleProblem(form) !== "titlesMissing", { path: ["stillingstekst"], message: "titlesMissing", when: isForm })
  .refine((form) => chosenTitles(form).length <= MAX_TITLES, { path: ["stillingstekst"], message: "tooManyTitles", when: isForm })
  .refine((form) => !(form.region && form.postnr), { path: ["postnr"], message: "placeBoth", when: isForm })
  .refine((form) => distanceProblem(form) !== "distanceNeedsPostcode", { path: ["afstand"], message: "distanceNeedsPostcode", when: isForm })
  .refine((form) => distanceProblem(form) !== "distanceNoPoint", { path: ["afstand"], message: "distanceNoPoint", when: isForm })
  .transform((form) => {
    return {
      titles: chosenTitles(form),
      words: form.q.replace(/\s+/g, " ").trim(),
      region: form.region || null,
      postcode: form.postnr || null,
      distanceKm: form.postnr && form.afstand ? Number(form.afstand) : null,
      frequency: form.frequency,
      notify: form.notify === "ja",
    };
  });

/** What the agent form sends. */
export type JobAgentFormValues = z.input<typeof jobAgentSchema>;
/** A job agent's settings as the schema passes them on. */
export type JobAgentSettings = z.output<typeof jobAgentSchema>;

/** `Gem ændringer` on an agent's edit page: the settings and which agent. */
// A changed or missing agent id names no agent of the citizen's: said as such in the form's summary.
export const editJobAgentSchema = z.intersection(jobAgentSchema, z.object({ agentId: z.uuid("notFound") }));

/** `Slet jobagent`: which agent. */
export const jobAgentIdSchema = z.object({ agentId: z.uuid("notFound") });

/** `Behold jobagenten` on the keep-alive link's page: the link's signed token. */
export const keepJobAgentSchema = z.object({ token: text().min(1, "linkInvalid").max(1000, "linkInvalid") });

registerFormMessages("jobagents.errors", jobAgentSchema, editJobAgentSchema, jobAgentIdSchema, keepJobAgentSchema);
