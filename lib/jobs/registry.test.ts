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
    // Prettier pads the table's cells to the longest; the row is read with single spaces.
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1)).replace(/ {2,}/g, " ");
    for (const job of jobs) expect(section).toContain(`| \`${job.name}\` | \`${job.schedule}\``);
  });
});
