import type { ContactGroup } from "@/db/schema";

/** Dagpengetælleren is for dagpengemodtagere (R1.7); anyone else is told so plainly. */
export function hasDagpengetaeller(contactGroup: ContactGroup): boolean {
  return contactGroup === "dagpengemodtager";
}
