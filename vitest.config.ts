import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;

// The same tests run on embedded PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL.
const projects: TestProjectInlineConfiguration[] = [{ extends: true, test: { name: "pglite", env: { TEST_DB: "pglite" } } }];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true,
    test: { name: "postgres", env: { TEST_DB: "postgres" }, globalSetup: ["tests/support/postgres-template.ts"] },
  });
}

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["{lib,db,components,mitid-simulator,mail-catcher,scripts}/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/support/vitest-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects,
  },
});
