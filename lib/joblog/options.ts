// The joblog's fixed choices, for the forms in the browser and on the server. They are the
// database's enums (db/schema/joblog.ts) spelt out again, so the form's schema does not load
// the database schema into the browser; a test checks that the two lists are the same.

/** Where an application stands, in the order the form offers them. */
export const JOBLOG_STATUSES = ["planlagt", "sendt", "samtale", "afslag", "tilbud"] as const;

/** What kind of job search an entry records, in the order the form offers them. */
export const JOBLOG_KINDS = ["ansoegning", "uopfordret", "netvaerk", "andet"] as const;

export type JoblogStatusOption = (typeof JOBLOG_STATUSES)[number];
export type JoblogKindOption = (typeof JOBLOG_KINDS)[number];

/** The longest texts an entry takes, in characters (UTF-16 code units, as the browser counts them). */
export const JOBLOG_MAX_LENGTH = { title: 200, employer: 200, street: 200, city: 100, note: 2000 } as const;

/** How far from today the day applied (or planned) may lie: a joblog is about the job search of these years. */
export const JOBLOG_YEARS_BACK = 5;
export const JOBLOG_YEARS_AHEAD = 1;

/** How long after deleting an entry the citizen can still undo it. */
export const JOBLOG_UNDO_WINDOW_MS = 60 * 60 * 1000;
