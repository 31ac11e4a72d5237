import "server-only";
import { purgeExpiredDrafts } from "@/lib/forberedelsesskema/mutations";
import { jobAgentHousekeeping, matchJobAgents, refreshJobAgentDistances, sendJobAgentDigests } from "@/lib/jobagents/mutations";
import { log } from "@/lib/log";
import { cleanOutbox, sendDueMessages } from "@/lib/notifications/sender";

// The portal's scheduled jobs. pg-boss runs them (lib/jobs/queue.ts) on the portal's own
// database; `npm run job -- <name>` runs one by hand (lib/jobs/command.ts). Each is
// idempotent, works in batches, logs counts and never content, and can run in several
// instances of the portal at once: pg-boss starts each scheduled run once.

/** Schedules are read in Danish time, so a job at 03:15 runs at 03:15 in winter and in summer. */
export const JOB_TIME_ZONE = "Europe/Copenhagen";

/** What a run did, by name: numbers only (`deleted`, `batches`); undefined entries are left out. */
export type JobCounts = Readonly<Record<string, number | undefined>>;

/** A log line from a job, tagged with its name: an event and counts, never a person's data. */
export type JobLog = (event: string, fields?: Record<string, string | number | boolean | undefined>) => void;

/** What a run is given. */
export interface JobContext {
  /** The moment the run acts for (the time it started; a test's chosen moment). */
  now: Date;
  /** Only count what would change; change nothing. Always false for a job that changes no data. */
  dryRun: boolean;
  log: JobLog;
}

/** How pg-boss retries a failed run: up to `limit` more times, `delaySeconds` apart, doubling each time with `backoff`. */
export interface JobRetry {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

export interface ScheduledJob {
  /** The job's name, and its pg-boss queue's: lower case, digits and hyphens. */
  name: string;
  /** A five-field cron expression in Danish time (JOB_TIME_ZONE), e.g. `15 3 * * *` for 03:15 every day. */
  schedule: string;
  /** One or two sentences for the README and `npm run job`'s list: what it does and why. */
  description: string;
  /** Whether it changes data; such a job supports a dry run. */
  changesData: boolean;
  /** Retries after a failure; default DEFAULT_RETRY. */
  retry?: JobRetry;
  /** How long a run may take before pg-boss counts it as failed (and retries it); default 1 hour, at most 23. */
  expireInSeconds?: number;
  /** A job that runs every minute: a run that did nothing (every count zero) writes no log line. */
  quietWhenIdle?: boolean;
  /** Does the work once. Throws on failure, leaving the work where a later run can finish it. */
  run(context: JobContext): Promise<JobCounts>;
}

/** Three more tries, 5–10, 10–20 and 20–40 minutes after each failure (pg-boss doubles the delay and adds up to as much again at random). */
export const DEFAULT_RETRY: JobRetry = { limit: 3, delaySeconds: 300, backoff: true };
export const DEFAULT_EXPIRE_SECONDS = 60 * 60;

/** Every scheduled job of the portal. The README lists them (a test checks it does). */
export const jobs: readonly ScheduledJob[] = [
  {
    name: "forberedelsesskema-purge",
    schedule: "15 3 * * *",
    description:
      "Deletes unfinished preparation questionnaires (drafts) 6 months after they were started, or 10 years for a citizen in " +
      "ressourceforløb, counted in Danish calendar time (R3.1). Submitted questionnaires are never deleted.",
    changesData: true,
    run: ({ now, dryRun }) => purgeExpiredDrafts({ now, dryRun }),
  },
  {
    name: "jobagent-match",
    schedule: "*/15 * * * *",
    description:
      "Compares every job agent with the ads published since its last run (a new agent: every open ad) on the exact title code, and the " +
      "agent's words and place where given, and records each new match once per agent and ad with why it matched (R3.4).",
    changesData: true,
    expireInSeconds: 15 * 60,
    run: ({ now, dryRun }) => matchJobAgents({ now, dryRun }),
  },
  {
    name: "jobagent-digest",
    schedule: "0 7 * * *",
    description:
      "Queues one e-mail/SMS digest per job agent and period (each day for daily agents, Mondays for weekly ones) listing its untold " +
      "matches, in the citizen's language and channels, and marks them told in the same transaction, so no ad is told twice (R3.4).",
    changesData: true,
    run: ({ now, dryRun }) => sendJobAgentDigests({ now, dryRun }),
  },
  {
    name: "jobagent-housekeeping",
    schedule: "45 3 * * *",
    description:
      "Warns about job agents not used for 2 months (with a link that keeps the agent), deletes them 14 days after the warning if still " +
      "unused, and removes matches of ads whose deadline has passed (R3.4).",
    changesData: true,
    run: ({ now, dryRun }) => jobAgentHousekeeping({ now, dryRun }),
  },
  {
    name: "jobagent-distance-refresh",
    schedule: "35 3 * * *",
    description:
      "Works out again the postcodes within the distance of every job agent saved with other postcode points than the current ones " +
      "(after new reference data), and clears the distance of an agent whose postcode no longer has a point (R3.4).",
    changesData: true,
    run: ({ now, dryRun }) => refreshJobAgentDistances({ now, dryRun }),
  },
  {
    name: "outbox-send",
    schedule: "* * * * *",
    description:
      "Sends the e-mails and SMS waiting in the outbox (R1.7, R3.4), in batches; a message that could not be handed over is tried " +
      "again after 1, 5, 15, 60 minutes and so on, and given up after 8 attempts. Several portal instances never send one message twice.",
    changesData: true,
    // The next minute's run is the retry.
    retry: { limit: 0, delaySeconds: 60, backoff: false },
    expireInSeconds: 10 * 60,
    quietWhenIdle: true,
    run: ({ now, dryRun }) => sendDueMessages({ now, dryRun }),
  },
  {
    name: "outbox-housekeeping",
    schedule: "40 3 * * *",
    description:
      "Empties the address and texts of e-mails and SMS sent more than 7 days ago (the row stays, so a notice is never queued twice), " +
      "and deletes expired verification codes.",
    changesData: true,
    run: ({ now, dryRun }) => cleanOutbox({ now, dryRun }),
  },
];

/** The job named `name` in `registry` (default: the portal's jobs), or undefined. */
export function findJob(name: string, registry: readonly ScheduledJob[] = jobs): ScheduledJob | undefined {
  return registry.find((job) => job.name === name);
}

/** A JobLog that writes through the portal's redacting log, each line tagged `job=<name>`. */
export function jobLog(name: string): JobLog {
  return (event, fields = {}) => log.info(event, { job: name, ...fields });
}
