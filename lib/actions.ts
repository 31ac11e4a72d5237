import "server-only";
import { z } from "zod";
import type { StaffRole } from "@/db/schema";
import { getCitizenSession, type CitizenSession } from "@/lib/auth/session";
import { AppError, logUnexpectedError } from "@/lib/errors";
import { formParseOptions } from "@/lib/form-messages";
import { log } from "@/lib/log";
import { getStaffSession, type StaffSession } from "@/lib/staff/session";

export type ActionResult<Values = Record<string, unknown>, Data = unknown> =
  | { status: "idle" }
  | { status: "ok"; data?: Data }
  | {
      status: "error";
      /** Translation keys per field; "_form" holds a problem with the form as a whole. */
      fieldErrors: Record<string, string[]>;
      /** What was typed, to fill the form again (never a password). */
      values: Partial<Values>;
      /** Shown with an unexpected error so support can find the log line. */
      errorId?: string;
      /** What the form needs to explain the failure, e.g. the other editor's text in a conflict. */
      data?: Data;
    };

const refused = (key: string) => ({ status: "error" as const, fieldErrors: { _form: [key] }, values: {} });

/**
 * Parses the form with the action's schema and runs the handler, turning expected failures
 * into their message and unexpected ones into a logged error id. Next's redirect() and
 * notFound() pass through untouched.
 */
async function parseAndRun<Schema extends z.ZodType, Data>(
  schema: Schema,
  formData: FormData,
  run: (input: z.output<Schema>) => Promise<ActionResult<z.input<Schema>, Data> | void>,
): Promise<ActionResult<z.input<Schema>, Data>> {
  const raw = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
  const parsed = schema.safeParse(raw, formParseOptions);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      (fieldErrors[field] ??= []).push(issue.message);
    }
    const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password|adgangskode|repeat/i.test(key)));
    return { status: "error", fieldErrors, values: values as Partial<z.input<Schema>> };
  }
  try {
    return (await run(parsed.data)) ?? { status: "ok" };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    if (error instanceof AppError) return refused(error.messageKey);
    const errorId = logUnexpectedError(error, "server_action");
    return { status: "error", fieldErrors: { _form: ["errors.unexpected"] }, values: {}, errorId };
  }
}

/**
 * Who may call a citizen-facing action: anyone; a logged-in citizen (not one who must first
 * replace a one-time password); or that citizen, for the action that replaces it.
 */
type Access = "public" | "citizen" | "citizen-changing-password";

/**
 * The one way a citizen-facing server action is made. Every exported action is a public
 * endpoint, so this reads the session, refuses a missing one where a citizen is required,
 * and parses the form with the action's zod schema — the same schema the form uses in the
 * browser — before the handler runs.
 */
export function serverAction<Schema extends z.ZodType, Data = unknown>(
  options: { schema: Schema; access: Access },
  handler: (input: z.output<Schema>, context: { citizen: CitizenSession | null }) => Promise<ActionResult<z.input<Schema>, Data> | void>,
) {
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<z.input<Schema>, Data>> {
    const citizen = await getCitizenSession();
    if (options.access !== "public" && !citizen) return refused("errors.sessionEnded");
    if (options.access === "citizen" && citizen?.mustChangePassword) return refused("errors.choosePasswordFirst");
    return parseAndRun(options.schema, formData, (input) => handler(input, { citizen }));
  };
}

/**
 * The one way a staff action is made: the staff session must exist and hold one of the
 * action's roles — read from the staff table, never from the browser — or the action is
 * refused and the refusal logged.
 */
export function staffAction<Schema extends z.ZodType, Data = unknown>(
  options: { schema: Schema; roles: StaffRole[]; name: string },
  handler: (input: z.output<Schema>, context: { staff: StaffSession }) => Promise<ActionResult<z.input<Schema>, Data> | void>,
) {
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<z.input<Schema>, Data>> {
    const staff = await getStaffSession();
    if (!staff) return refused("errors.sessionEnded");
    if (!options.roles.some((role) => staff.roles.includes(role))) {
      log.warn("staff_action_denied", { action: options.name, staffId: staff.staffId });
      return refused("errors.forbidden");
    }
    return parseAndRun(options.schema, formData, (input) => handler(input, { staff }));
  };
}

// redirect() and notFound() work by throwing; they must reach Next unchanged.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
