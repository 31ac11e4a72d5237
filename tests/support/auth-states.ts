import path from "node:path";

/** Where the setup project keeps each role's logged-in browser state for the run. */
export function authState(role: "support" | "caseworker" | "editor" | "citizen"): string {
  return path.resolve(".data", "e2e-auth", `${role}.json`);
}

export const staffByRole = { support: "Sofie Support", caseworker: "Jens Jobcenter", editor: "Rikke Redaktør" } as const;
