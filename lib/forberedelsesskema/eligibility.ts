import type { ContactGroup } from "@/db/schema";

/**
 * Who may answer the preparation questionnaire (R3.1): dagpengemodtagere, kontanthjælps- and
 * uddannelseshjælpsmodtagere, and citizens in ressourceforløb. Anyone else is told plainly
 * that it is not for them.
 */
export const FORBEREDELSESSKEMA_GROUPS: readonly ContactGroup[] = [
  "dagpengemodtager",
  "kontanthjaelpsmodtager",
  "uddannelseshjaelpsmodtager",
  "ressourceforloeb",
];

export function mayAnswerForberedelsesskema(contactGroup: ContactGroup): boolean {
  return FORBEREDELSESSKEMA_GROUPS.includes(contactGroup);
}
