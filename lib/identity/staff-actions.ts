"use server";
// Every export of this file is a server action: a public endpoint anyone can call. These are
// the staff tools' changes and searches of citizens' access (support and the jobcenter's
// caseworkers); each checks the staff session and its roles on the server before doing anything.

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions";
import { staffAction } from "@/lib/actions";
import { localizedPath } from "@/lib/i18n/routing";
import { createProfileWithBrugerkoder, issueOneTimePassword, setBrugerkodeFlag } from "./mutations";
import { findCitizenIdByCpr, findCitizenIdByUsername } from "./queries";
import { citizenIdSchema, cprSearchSchema, createProfileSchema, flagChangeSchema, supportSearchSchema } from "./schema";

/** What the screen shows once after brugerkoder or a new password were issued. */
export interface IssuedCredentials {
  citizenId: string;
  name?: string;
  username: string | null;
  oneTimePassword: string | null;
}

const actorOf = (staffId: string) => ({ kind: "staff" as const, id: staffId });

/** Jobcenter: finds a citizen by CPR number and opens their page. */
export const findCitizenForJobcenter = staffAction(
  { schema: cprSearchSchema, roles: ["caseworker"], name: "findCitizenForJobcenter" },
  async ({ cpr, locale }, { staff }) => {
    const citizenId = await findCitizenIdByCpr({ cpr, viewer: actorOf(staff.staffId) });
    if (!citizenId) return { status: "error", fieldErrors: { cpr: ["notFound"] }, values: { cpr } };
    redirect(localizedPath(locale, `/medarbejder/jobcenter/borger/${citizenId}`));
  },
);

/** Jobcenter: a Jobnet profile with brugerkoder on the citizen's behalf; the one-time password is shown once. */
export const createProfileForCitizen = staffAction(
  { schema: createProfileSchema, roles: ["caseworker"], name: "createProfileForCitizen" },
  async ({ cpr, name, reason }, { staff }): Promise<ActionResult<unknown, IssuedCredentials>> => {
    const created = await createProfileWithBrugerkoder({ cpr, name, reason, actor: actorOf(staff.staffId) });
    return { status: "ok", data: { citizenId: created.citizenId, name, username: created.username, oneTimePassword: created.oneTimePassword } };
  },
);

/** Jobcenter: sets or clears the brugerkode flag with a reason (a citizen without brugerkoder gets them). */
export const changeBrugerkodeFlag = staffAction(
  { schema: flagChangeSchema, roles: ["caseworker"], name: "changeBrugerkodeFlag" },
  async ({ citizenId, flagged, reason }, { staff }): Promise<ActionResult<unknown, IssuedCredentials>> => {
    const result = await setBrugerkodeFlag({ citizenId, flagged, reason, actor: actorOf(staff.staffId), issuePassword: true });
    refresh();
    return { status: "ok", data: { citizenId, username: result.username, oneTimePassword: result.oneTimePassword } };
  },
);

/** Support: finds a citizen by CPR number or brugerkode username and opens their page. */
export const findCitizenForSupport = staffAction(
  { schema: supportSearchSchema, roles: ["support"], name: "findCitizenForSupport" },
  async ({ query, locale }, { staff }) => {
    const cpr = cprSearchSchema.shape.cpr.safeParse(query);
    const viewer = actorOf(staff.staffId);
    const citizenId = cpr.success ? await findCitizenIdByCpr({ cpr: cpr.data, viewer }) : await findCitizenIdByUsername({ username: query, viewer });
    if (!citizenId) return { status: "error", fieldErrors: { query: ["notFound"] }, values: { query } };
    redirect(localizedPath(locale, `/medarbejder/support/borger/${citizenId}`));
  },
);

/** Support: `Dan ny adgangskode` (R1.1b), only for a flagged citizen; refused with the reason otherwise. */
export const resetPassword = staffAction(
  { schema: citizenIdSchema, roles: ["support"], name: "resetPassword" },
  async ({ citizenId }, { staff }): Promise<ActionResult<unknown, IssuedCredentials>> => {
    const issued = await issueOneTimePassword({ citizenId, actor: actorOf(staff.staffId) });
    refresh();
    return { status: "ok", data: { citizenId, username: issued.username, oneTimePassword: issued.oneTimePassword } };
  },
);
