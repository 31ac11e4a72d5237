"use server";
// Every export of this file is a server action: a public endpoint anyone can call. These are
// the support desk's; each checks the staff session and its roles on the server first.

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions";
import { markSupportRequestHandled } from "./mutations";
import { supportRequestIdSchema } from "./schema";

/** Support: marks a special support request handled. */
export const handleSupportRequest = staffAction(
  { schema: supportRequestIdSchema, roles: ["support"], name: "handleSupportRequest" },
  async ({ requestId }, { staff }) => {
    await markSupportRequestHandled({ requestId, staffId: staff.staffId });
    refresh();
  },
);
