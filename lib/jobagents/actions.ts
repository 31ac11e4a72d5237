"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one but
// the keep-alive link's requires a logged-in citizen and acts on that citizen's own job agents
// only: the data functions find an agent by the session's citizen id, so another citizen's agent
// id is simply not found (404, and the attempt is logged). keepJobAgentByLink needs no login:
// the agent is the one its signed token names.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { refuseInput } from "@/lib/http/request-context";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { createJobAgent, deleteJobAgent, editJobAgent, keepJobAgentAlive } from "./mutations";
import { editJobAgentSchema, jobAgentIdSchema, jobAgentSchema, keepJobAgentSchema } from "./schema";

function refresh(locale: Locale) {
  // The list, the agent's page and the overview must show the change, also on the browser's Back.
  revalidatePath(localizedPath(locale, "/jobagenter"), "layout");
  revalidatePath(localizedPath(locale, "/"), "page");
}

/** `Opret jobagent`: saves the agent, finds its matches among the open ads, and opens its page with a notice. */
export const createJobAgentAction = citizenAction({ schema: jobAgentSchema, access: "citizen" }, async ({ locale, ...settings }, { citizen }) => {
  const { id } = await createJobAgent({ citizenId: citizen.citizenId, settings });
  refresh(locale);
  redirect(`${localizedPath(locale, `/jobagenter/${id}`)}?oprettet=1`);
});

/** `Gem ændringer` on an agent's edit page: saves the settings and opens its page with a notice. */
export const editJobAgentAction = citizenAction({ schema: editJobAgentSchema, access: "citizen" }, async ({ locale, agentId, ...settings }, { citizen }) => {
  await editJobAgent({ citizenId: citizen.citizenId, agentId, settings });
  refresh(locale);
  redirect(`${localizedPath(locale, `/jobagenter/${agentId}`)}?gemt=1`);
});

/** `Slet jobagent`: deletes the agent and its matches, and shows the list with a notice. */
export const deleteJobAgentAction = citizenAction({ schema: jobAgentIdSchema, access: "citizen" }, async ({ locale, agentId }, { citizen }) => {
  await deleteJobAgent({ citizenId: citizen.citizenId, agentId });
  refresh(locale);
  redirect(`${localizedPath(locale, "/jobagenter")}?slettet=1`);
});

/** `Behold jobagenten` from the link in an agent's warning, without logging in: the token is checked again, then the agent counts as used. */
export const keepJobAgentByLink = citizenAction({ schema: keepJobAgentSchema, access: "public" }, async ({ token }) => {
  if (!(await keepJobAgentAlive({ token }))) {
    refuseInput(400);
    return { status: "error" as const, fieldErrors: { _form: ["jobagents.keep.invalid"] }, values: {} };
  }
  return { status: "ok" as const, data: { kept: true as const } };
});
