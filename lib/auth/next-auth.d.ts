import type { AssuranceLevel } from "./claim-profiles";

declare module "next-auth" {
  interface User {
    /** Set by the sign-in callback once the login is known to belong to a citizen with a profile. */
    citizenId?: string;
    /** From MitID only; used to find the citizen and never stored in the session. */
    cpr?: string;
    assuranceLevel?: AssuranceLevel | null;
    /** From MitID Erhverv only: the employee's persistent professional UUID. */
    professionalUuid?: string;
    /** Set by the staff sign-in callback once the login is known to belong to active staff. */
    staffId?: string;
  }
}
