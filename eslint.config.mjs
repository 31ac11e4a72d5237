// ESLint: Next's rules (React, hooks, Core Web Vitals, TypeScript) with the whole jsx-a11y
// recommended set on top, and Prettier's config last so formatting is Prettier's alone.
// `npm run lint` runs it and `prettier --check`; `npm test` runs lint first.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // The plugin is registered by Next's config; only its recommended rules are added here.
  { files: ["**/*.{jsx,tsx}"], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // A leading underscore names what is left out on purpose (a rest sibling, a tuple slot).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // No React here: a `use…` function in a script, a test helper or a Playwright fixture is no hook.
    files: ["scripts/**", "tests/**", "db/**", "mitid-simulator/**", "**/*.test.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
  globalIgnores([".next/**", ".data/**", "next-env.d.ts", "db/migrations/**", "playwright-report/**", "test-results/**", "blob-report/**"]),
]);
