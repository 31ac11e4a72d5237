import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { jobs } from "./registry";

const root = path.resolve(import.meta.dirname, "../..");

// `npm run job` loads every job's code outside Next (tsx with the react-server condition), so a
// module that only works inside Next's bundle breaks every job by hand. Run the real command.
test("R3.1 R3.4 `npm run job` loads outside Next and lists every scheduled job", { timeout: 60_000 }, async () => {
  const result = await promisify(execFile)(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/job.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test" },
  }).then(
    () => ({ output: "", code: 0 }),
    (error: { stdout?: string; stderr?: string; code?: number }) => ({ output: `${error.stdout ?? ""}${error.stderr ?? ""}`, code: error.code }),
  );
  // Without a job's name the command prints its usage and the list, and exits with 1.
  expect(result.code).toBe(1);
  expect(result.output).not.toMatch(/SyntaxError/);
  for (const job of jobs) expect(result.output).toContain(job.name);
});
