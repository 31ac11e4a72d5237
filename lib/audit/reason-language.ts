import type { ActorKind } from "@/db/schema";

/**
 * The language an audit entry's reason is written in: for a citizen's own change the portal
 * writes a short note of its own, in English like its logs ("citizen chose MitID"); every
 * other reason is typed by staff or a jobcenter system, or is the release conversion's, in
 * Danish — and Danish is the default for text someone typed.
 */
export function auditReasonLanguage(actorKind: ActorKind): "da" | "en" {
  return actorKind === "citizen" ? "en" : "da";
}
