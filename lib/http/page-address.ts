import "server-only";
import { headers } from "next/headers";

/**
 * The request header in which the proxy gives a page its own address (path and query, as
 * the visitor asked for it), for what the shell links to: the same page in the other
 * language. The proxy always sets it, so what a visitor sends in it never counts.
 */
export const PAGE_ADDRESS_HEADER = "x-jobnet-page-address";

/** This page's address (path and query), or "/" outside a page request. */
export async function pageAddress(): Promise<string> {
  const value = (await headers()).get(PAGE_ADDRESS_HEADER);
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/";
}
