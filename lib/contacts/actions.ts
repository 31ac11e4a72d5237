"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each
// one checks on the server that the caller is a staff member with the caseworker role.

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions";
import { addContactPerson, removeContactPerson } from "./mutations";
import { contactPersonSchema, removeContactPersonSchema } from "./schema";

/** Jobcenter: registers one of the citizen's contact persons (R2.2). */
export const addContactPersonAction = staffAction(
  { schema: contactPersonSchema, roles: ["caseworker"], name: "addContactPersonAction" },
  async (input, { staff }) => {
    await addContactPerson({ input, staffId: staff.staffId });
    refresh();
    return { status: "ok", data: { name: input.name } };
  },
);

/** Jobcenter: removes one of the citizen's contact persons. */
export const removeContactPersonAction = staffAction(
  { schema: removeContactPersonSchema, roles: ["caseworker"], name: "removeContactPersonAction" },
  async (input, { staff }) => {
    await removeContactPerson({ ...input, staffId: staff.staffId });
    refresh();
  },
);
