import type { ContactGroup } from "@/db/schema";
import { hasDagpengetaeller } from "@/lib/dagpenge/rules";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { countUnreadBeskeder } from "@/lib/messages/queries";

/**
 * The `Mit Jobnet` menu: every citizen page that is built, in order, each with its label's
 * key under `mitJobnet.menu` and, where a tool is only for some citizens, who it applies to.
 * A new citizen tool adds its line here (README: "How to add a citizen tool"); a page that
 * is not built is not listed, so no link leads to a 404. An item with `unread` shows how many
 * of the citizen's things there wait to be read (seen and heard: "Min beskedbakke, 2 ulæste").
 */
export const citizenMenu: readonly {
  path: string;
  /** Other addresses the item covers: the menu marks it current on them (and below them) too. */
  also?: readonly string[];
  label: string;
  appliesTo?: (contactGroup: ContactGroup) => boolean;
  unread?: (citizen: { citizenId: string }) => Promise<number>;
}[] = [
  { path: "/", label: "overview" },
  { path: "/tilmelding", label: "tilmelding" },
  { path: "/forberedelsesskema", label: "forberedelsesskema", appliesTo: mayAnswerForberedelsesskema },
  { path: "/dagpengetaeller", label: "dagpengetaeller", appliesTo: hasDagpengetaeller },
  { path: "/job", label: "job" },
  { path: "/joblog", label: "joblog" },
  { path: "/jobagenter", label: "jobagents" },
  { path: "/cv", label: "cv" },
  // One way in for both reports: `/meld-syg` points a citizen who is already sick on to `/meld-rask`.
  { path: "/meld-syg", also: ["/meld-rask"], label: "sygdom" },
  { path: "/min-plan", label: "minPlan" },
  { path: "/beskeder", label: "beskeder", unread: countUnreadBeskeder },
  { path: "/profil", label: "profile" },
];

/** The menu's items for a citizen in `contactGroup`. */
export function menuFor(contactGroup: ContactGroup) {
  return citizenMenu.filter((item) => !item.appliesTo || item.appliesTo(contactGroup));
}

/** Whether the page at `pathname` (without the language prefix) is the item's `path` or one of its `also`, or below one of them. */
export function isCurrent(item: { path: string; also?: readonly string[] }, pathname: string): boolean {
  return [item.path, ...(item.also ?? [])].some((path) => (path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`)));
}
