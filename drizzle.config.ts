import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates migrations from the schema; it never needs a live database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
});
