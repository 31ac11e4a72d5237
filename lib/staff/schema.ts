import { z } from "zod";
import { registerFormMessages } from "@/lib/form-messages";

// The staff session's own form: logging out. The staff tools' forms live with their domains
// (lib/identity/schema.ts, lib/support/schema.ts, lib/contacts, lib/content).

export const staffLogoutSchema = z.object({});

// Shown by an ActionForm, whose problems are keys under `errors`.
registerFormMessages("errors", staffLogoutSchema);
