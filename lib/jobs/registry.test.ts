import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jobs } from "./registry";

describe("the jobs' registry", () => {
  test("R3.1 every job has a queue name, a five-field schedule and a description, and names are unique", () => {
    expect(new Set(jobs.map((job) => job.name)).size).toBe(jobs.length);
    for (const job of jobs) {
      expect(job.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(job.schedule.split(" ")).toHaveLength(5);
      expect(job.description.length).toBeGreaterThan(20);
    }
  });

  test("R3.1 the README lists every job with its schedule", () => {
    const readme = readFileSync("README.md", "utf8");
    const start = readme.indexOf("## Scheduled jobs");
    expect(start).toBeGreaterThanOrEqual(0);
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    // Prettier pads the table's columns, so a name is followed by as many spaces as the longest needs.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const job of jobs) expect(section).toMatch(new RegExp(`\\| \`${escape(job.name)}\` +\\| \`${escape(job.schedule)}\``));
  });
});
