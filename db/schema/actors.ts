import { pgEnum } from "drizzle-orm/pg-core";

/** Who did something: a citizen, a staff member, another system, the release conversion, or the portal itself. */
export const actorKind = pgEnum("actor_kind", ["citizen", "staff", "api_client", "conversion", "system"]);

export type ActorKind = (typeof actorKind.enumValues)[number];
