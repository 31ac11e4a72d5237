/** Why a login did not lead to a session; each has its own explanation page. */
export const loginProblems = ["afbrudt", "sikringsniveau", "ingen-profil", "udloebet", "teknisk"] as const;
export type LoginProblem = (typeof loginProblems)[number];

export function isLoginProblem(value: unknown): value is LoginProblem {
  return typeof value === "string" && (loginProblems as readonly string[]).includes(value);
}

/** Our own error codes, raised in the sign-in callback, that next-auth passes through to the login page. */
export const MITID_ASSURANCE_TOO_LOW = "MitidAssuranceTooLow";
export const MITID_NO_PROFILE = "MitidNoProfile";

/**
 * Where next-auth's error code sends the citizen. Brugerkode failures go back to the form
 * with the generic message; a missing or expired CSRF cookie means the page was stale.
 */
export function destinationForAuthError(error: string | null): { page: "brugerkode-fejl" } | { page: "problem"; problem: LoginProblem } {
  switch (error) {
    case "CredentialsSignin":
      return { page: "brugerkode-fejl" };
    case MITID_ASSURANCE_TOO_LOW:
      return { page: "problem", problem: "sikringsniveau" };
    case MITID_NO_PROFILE:
      return { page: "problem", problem: "ingen-profil" };
    case null:
    case "":
      return { page: "problem", problem: "udloebet" };
    default:
      return { page: "problem", problem: "teknisk" };
  }
}
