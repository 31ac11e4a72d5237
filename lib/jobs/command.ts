import "server-only";
import { jobLog, jobs as portalJobs, type ScheduledJob } from "./registry";

/** The jobs and what each does, one per line, for the command's messages. */
export function jobList(registry: readonly ScheduledJob[] = portalJobs): string {
  const width = Math.max(...registry.map((job) => job.name.length));
  return registry
    .map((job) => `  ${job.name.padEnd(width)}  ${job.schedule} (Danish time)${job.changesData ? ", supports --dry-run" : ""}\n    ${job.description}`)
    .join("\n");
}

const usage = "Usage: npm run job -- <name> [--dry-run]";

/**
 * `npm run job -- <name> [--dry-run]`: runs the job `name` once, now, outside the queue, and
 * prints its counts through `print` (one line each). `args` are the command's arguments.
 * Returns the exit code: 0 when the job ran; 1, printing the usage and the list of jobs, for a
 * missing or unknown name, an unknown option, or `--dry-run` on a job that changes no data.
 * `openDatabase` is called only once the arguments are known to be good, and the database it
 * opens is closed after the run. A run that fails throws its error, after closing the database.
 */
export async function runJobCommand(
  args: readonly string[],
  {
    jobs = portalJobs,
    print = console.log,
    now = () => new Date(),
    openDatabase,
  }: {
    jobs?: readonly ScheduledJob[];
    print?: (line: string) => void;
    now?: () => Date;
    /** Opens the configured database for the run; resolves to a function that closes it. */
    openDatabase?: () => Promise<() => Promise<void>>;
  } = {},
): Promise<number> {
  const dryRun = args.includes("--dry-run");
  const options = args.filter((arg) => arg.startsWith("-"));
  const names = args.filter((arg) => !arg.startsWith("-"));
  const refuse = (reason: string) => {
    print(`${reason}\n${usage}\n\nThe jobs:\n${jobList(jobs)}`);
    return 1;
  };

  const unknownOption = options.find((option) => option !== "--dry-run");
  if (unknownOption) return refuse(`Unknown option ${unknownOption}.`);
  if (names.length !== 1) return refuse(names.length === 0 ? "Which job?" : "One job at a time.");
  const job = jobs.find((candidate) => candidate.name === names[0]);
  if (!job) return refuse(`There is no job called "${names[0]}".`);
  if (dryRun && !job.changesData) return refuse(`${job.name} changes no data, so it has no dry run.`);

  const close = await openDatabase?.();
  try {
    const counts = await job.run({ now: now(), dryRun, log: jobLog(job.name) });
    print(dryRun ? `${job.name}, dry run: nothing was changed. It would have done:` : `${job.name} done:`);
    const entries = Object.entries(counts).filter(([, value]) => value !== undefined);
    const width = Math.max(0, ...entries.map(([name]) => name.length));
    for (const [name, value] of entries) print(`  ${name.padEnd(width)}  ${value}`);
    return 0;
  } finally {
    await close?.();
  }
}
