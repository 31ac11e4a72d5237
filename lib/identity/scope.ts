import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { citizens, staff, staffRoles, type StaffRole } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The caller may not reach this citizen's data: another jobcenter's citizen, or a role that reaches no citizen (403). */
export class CitizenOutOfScopeError extends ForbiddenError {
  constructor() {
    super("errors.otherJobcenter", "the citizen is outside the caller's reach");
  }
}

/** Two names of a jobcenter name the same one: compared without case and surrounding space. */
export function sameJobcenter(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.trim().toLocaleLowerCase("da") === b.trim().toLocaleLowerCase("da");
}

/** A staff member's reach, read from the staff table (never from the browser): their roles and jobcenter. */
export async function staffReach(executor: Executor, staffId: string): Promise<{ roles: string[]; jobcenter: string | null } | null> {
  const rows = await executor
    .select({ active: staff.active, jobcenter: staff.jobcenter, role: staffRoles.role })
    .from(staff)
    .leftJoin(staffRoles, eq(staffRoles.staffId, staff.id))
    .where(eq(staff.id, staffId));
  if (rows.length === 0 || !rows[0].active) return null;
  return { jobcenter: rows[0].jobcenter, roles: rows.flatMap((row) => (row.role ? [row.role] : [])) };
}

/**
 * The check every data function that acts for staff on something other than one citizen's
 * data (the editors' content, the support desk's requests) makes first, in its own
 * transaction: the staff member is active and has `role`, read from the staff table.
 * Throws ForbiddenError (403) otherwise, logged with who and what.
 */
export async function assertStaffRole(executor: Executor, { staffId, role, action }: { staffId: string; role: StaffRole; action: string }): Promise<void> {
  const reach = await staffReach(executor, staffId);
  if (reach?.roles.includes(role)) return;
  log.warn("staff_action_denied", { actorKind: "staff", actorId: staffId, action, role });
  throw new ForbiddenError();
}

/**
 * Whose citizens an actor reaches: support staff every citizen's, a caseworker their own
 * jobcenter's, other roles (and inactive staff) none; a citizen only themself; a jobcenter
 * system (the PersonAdminService), the release conversion and the portal itself every
 * citizen's.
 */
async function reaches(executor: Executor, actor: Actor, citizen: { id: string; jobcenter: string | null }): Promise<boolean> {
  switch (actor.kind) {
    case "citizen":
      return actor.id === citizen.id;
    case "staff": {
      const reach = actor.id ? await staffReach(executor, actor.id) : null;
      if (!reach) return false;
      if (reach.roles.includes("support")) return true;
      return reach.roles.includes("caseworker") && sameJobcenter(reach.jobcenter, citizen.jobcenter);
    }
    case "api_client":
    case "conversion":
    case "system":
      return true;
    default:
      return false;
  }
}

/**
 * The check every data function that reads or changes one citizen's data makes first, in
 * its own transaction: throws NotFoundError for a citizen that does not exist, and
 * CitizenOutOfScopeError (403) for one the actor may not reach. A refusal is logged with
 * who, what and which citizen id — never a CPR number.
 */
export async function assertMayReachCitizen(
  executor: Executor,
  { actor, citizenId, action }: { actor: Actor; citizenId: string; action: string },
): Promise<void> {
  // A citizen's own data: their session was found with their citizen row, so no lookup is needed.
  if (actor.kind === "citizen" && actor.id === citizenId) return;
  const [citizen] = await executor.select({ id: citizens.id, jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.id, citizenId));
  if (!citizen) throw new NotFoundError("citizen");
  if (await reaches(executor, actor, citizen)) return;
  log.warn("citizen_access_denied", { actorKind: actor.kind, actorId: actor.id, action, citizenId });
  throw new CitizenOutOfScopeError();
}

/**
 * The check of a caseworker's own tools on one citizen (plans, R4.1), stricter than
 * assertMayReachCitizen: the actor is active staff with the caseworker role, and the citizen
 * is their own jobcenter's. The support role reaches no citizen here, held alone or beside
 * the caseworker role. NotFoundError for a citizen that does not exist; a refusal is logged
 * with who, what and which citizen id, and is a CitizenOutOfScopeError (403).
 */
export async function assertCaseworkerOfCitizen(
  executor: Executor,
  { actor, citizenId, action }: { actor: Actor; citizenId: string; action: string },
): Promise<void> {
  const [citizen] = await executor.select({ id: citizens.id, jobcenter: citizens.jobcenter }).from(citizens).where(eq(citizens.id, citizenId));
  if (!citizen) throw new NotFoundError("citizen");
  const reach = actor.kind === "staff" && actor.id ? await staffReach(executor, actor.id) : null;
  if (reach?.roles.includes("caseworker") && sameJobcenter(reach.jobcenter, citizen.jobcenter)) return;
  log.warn("citizen_access_denied", { actorKind: actor.kind, actorId: actor.id, action, citizenId });
  throw new CitizenOutOfScopeError();
}
