import "server-only";
import { headers } from "next/headers";
import { currentRequestContext } from "@/lib/http/request-context";
import { countUnreadBeskeder } from "./queries";
import { beskedPageId, isReadingRequest } from "./read-intent";

/** Whether the page request being answered is the citizen reading it (read-intent.ts): the message page marks its message read only then. */
export async function pageRequestIsReading(): Promise<boolean> {
  return isReadingRequest({ method: currentRequestContext()?.method, headers: await headers() });
}

/**
 * The unread count of `Min beskedbakke` in the `Mit Jobnet` menu of the page at `pathname`. On
 * a message's own page that the citizen is reading, the message is counted as read already:
 * the page marks it read while the menu is rendered beside it, and the count must never be
 * the one from before (a citizen reading their only unread message must not hear "1 ulæst").
 */
export async function unreadBeskederForMenu(citizen: { citizenId: string }, { pathname }: { pathname: string }): Promise<number> {
  const opened = beskedPageId(pathname);
  const reading = opened !== null && (await pageRequestIsReading());
  return countUnreadBeskeder({ citizenId: citizen.citizenId, except: reading ? opened : undefined });
}
