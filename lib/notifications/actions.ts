"use server";
// Every export of this file is a server action: a public endpoint anyone can call. The ones of
// `Få besked på SMS og/eller e-mail` require a logged-in citizen and change that citizen's own
// settings (whose, from the session, never from the form). The two for links in notices need
// no login: the citizen is the one the link's signed token names, for that token's purpose.

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { markActionRan, refuseInput } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";
import { confirmVerificationCode, removeNotificationAddress, requestVerificationCode, saveNotificationChoices, unsubscribeFromTopic } from "./mutations";
import { choicesSchema, confirmCodeSchema, linkChoicesSchema, removeAddressSchema, requestCodeSchema, unsubscribeSchema } from "./schema";
import { deliverPromptly } from "./sender";
import { verifyLinkToken } from "./signed-link";

/** How long `Send kode` waits for the code to be handed to the mail server or SMS gateway. */
const PROMPT_WAIT_MS = 3_000;

/** `Send kode` / `Send en ny kode`: a code to the address, sent at once (the outbox sends it later if that fails). */
export const requestNotificationCode = citizenAction({ schema: requestCodeSchema, access: "citizen" }, async ({ channel, address, locale }, { citizen }) => {
  // Without JavaScript the page is this action's answer: it leaves out what an earlier one said.
  markActionRan();
  const result = await requestVerificationCode({ citizenId: citizen.citizenId, channel, address, locale });
  if ("refused" in result) {
    refuseInput(429);
    return { status: "error" as const, fieldErrors: { address: [result.refused] }, values: { channel, address } };
  }
  // After the transaction committed: the citizen is waiting for this one. A slow mail server
  // holds the answer at most PROMPT_WAIT_MS; the send goes on, and the outbox has it anyway.
  await Promise.race([deliverPromptly([result.messageId]), new Promise((resolve) => setTimeout(resolve, PROMPT_WAIT_MS))]);
  refresh();
  return { status: "ok" as const, data: { channel, address } };
});

/**
 * `Bekræft`: the code the citizen received; the right one verifies the address and leads back
 * to the page, which says so (the code's form is gone then, so the page holds the message).
 */
export const confirmNotificationCode = citizenAction({ schema: confirmCodeSchema, access: "citizen" }, async ({ channel, code, locale }, { citizen }) => {
  const result = await confirmVerificationCode({ citizenId: citizen.citizenId, channel, code, locale });
  if ("refused" in result) {
    refuseInput(result.refused === "noPendingCode" ? 409 : 422);
    refresh();
    return { status: "error" as const, fieldErrors: { code: [result.refused] }, values: { channel } };
  }
  redirect(`${localizedPath(locale, "/profil/notifikationer")}?bekraeftet=${channel}`);
});

/** `Fjern`: forgets the e-mail address or mobile number, and every choice that used it. */
export const removeNotificationAddressAction = citizenAction({ schema: removeAddressSchema, access: "citizen" }, async ({ channel }, { citizen }) => {
  // Without JavaScript the page is this action's answer: it leaves out what an earlier one said.
  markActionRan();
  await removeNotificationAddress({ citizenId: citizen.citizenId, channel });
  refresh();
  return { status: "ok" as const, data: { channel } };
});

/** `Gem valg`: per topic, e-mail and/or SMS; only verified channels can be chosen. */
export const saveNotificationChoicesAction = citizenAction({ schema: choicesSchema, access: "citizen" }, async ({ jobagent, besked, locale }, { citizen }) => {
  // Without JavaScript the page is this action's answer: it leaves out what an earlier one said.
  markActionRan();
  const result = await saveNotificationChoices({ citizenId: citizen.citizenId, jobagent, besked, locale });
  if ("refused" in result) return noCitizenRefusal({ jobagent, besked });
  if ("unverified" in result) return unverifiedRefusal(result.unverified, { jobagent, besked });
  refresh();
  return { status: "ok" as const, data: { saved: true as const } };
});

/** A refused choice of a channel without a verified address: the message on each topic's fieldset whose choice was refused. */
function unverifiedRefusal(unverified: ("email" | "sms")[], values: { jobagent: ("email" | "sms")[]; besked: ("email" | "sms")[] }) {
  refuseInput(422);
  const fieldErrors: { jobagent?: string[]; besked?: string[] } = {};
  for (const topic of ["jobagent", "besked"] as const) {
    const refused = unverified.filter((channel) => values[topic].includes(channel));
    if (refused.length > 0) fieldErrors[topic] = refused.map((channel) => (channel === "email" ? "emailNotVerified" : "phoneNotVerified"));
  }
  return { status: "error" as const, fieldErrors, values };
}

/** The citizen a settings link names is gone (their access was deleted): the link no longer leads anywhere. */
function noCitizenRefusal(values: { jobagent: string[]; besked: string[] }) {
  refuseInput(404);
  return { status: "error" as const, fieldErrors: { _form: ["notifications.errors.noProfile"] }, values };
}

/** The settings from a link in a notice, without logging in: the citizen the link names. */
export const saveNotificationChoicesByLink = citizenAction({ schema: linkChoicesSchema, access: "public" }, async ({ jobagent, besked, token, locale }) => {
  const citizenId = verifyLinkToken(token, { purpose: "settings" });
  if (!citizenId) {
    refuseInput(403);
    return { status: "error" as const, fieldErrors: { _form: ["notifications.errors.linkInvalid"] }, values: {} };
  }
  const result = await saveNotificationChoices({ citizenId, jobagent, besked, locale });
  if ("refused" in result) return noCitizenRefusal({ jobagent, besked });
  if ("unverified" in result) return unverifiedRefusal(result.unverified, { jobagent, besked });
  return { status: "ok" as const, data: { saved: true as const } };
});

/** `Afmeld` from a link in a notice, without logging in: no more notices about the link's topic. */
export const unsubscribeByLink = citizenAction({ schema: unsubscribeSchema, access: "public" }, async ({ topic, token }) => {
  const citizenId = verifyLinkToken(token, { purpose: topic === "jobagent" ? "unsubscribe-jobagent" : "unsubscribe-besked" });
  if (!citizenId) {
    refuseInput(403);
    return { status: "error" as const, fieldErrors: { _form: ["notifications.errors.linkInvalid"] }, values: {} };
  }
  await unsubscribeFromTopic({ citizenId, topic });
  return { status: "ok" as const, data: { topic } };
});
