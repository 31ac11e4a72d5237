import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { errorIdIfDatabaseUnreachable } from "@/db/availability";
import type { StaffRole } from "@/db/schema";
import { getCitizenSession, type CitizenSession } from "@/lib/auth/session";
import { AppError, logUnexpectedError } from "@/lib/errors";
import { markAppCodeRan, refuseInput, setResponseStatus } from "@/lib/http/request-context";
import { formParseOptions, qualifiedMessageKey } from "@/lib/form-messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { getStaffSession, type StaffSession } from "@/lib/staff/session";

/**
 * A form's action as the form holds it (useActionState): every action citizenAction and
 * staffAction make is one. The form's values are the schema's business, so any pass through.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a form takes an action whatever its schema's values are
export type FormAction<Data = unknown> = (previous: ActionResult<any, Data> | null, formData: FormData) => Promise<ActionResult<any, Data>>;

export type ActionResult<Values = Record<string, unknown>, Data = unknown> =
  | { status: "idle" }
  | { status: "ok"; data?: Data }
  | {
      status: "error";
      /**
       * Translation keys from the root of the message files, per field; "_form" holds a
       * problem with the form as a whole.
       */
      fieldErrors: Record<string, string[]>;
      /** What was typed, to fill the form again (never a password). */
      values: Partial<Values>;
      /** Shown with an unexpected error so support can find the log line. */
      errorId?: string;
      /** What the form needs to explain the failure, e.g. the other editor's text in a conflict. */
      data?: Data;
    };

type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

/**
 * A form-level refusal. Without JavaScript the page that shows it answers with `status`
 * (lib/http/request-context.ts), so bad input is a 4xx there too.
 */
function refused(key: string, status: RefusalStatus) {
  refuseInput(status);
  return { status: "error" as const, fieldErrors: { _form: [key] }, values: {} };
}

/** The field names of a form schema that is an object (refined or not), or undefined for any other. */
function formFields(schema: z.ZodType): Set<string> | undefined {
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : undefined;
}

/**
 * Parses the form with the action's schema and runs the handler, turning expected failures
 * into their message and unexpected ones into a logged error id. Next's redirect() and
 * notFound() pass through untouched.
 */
async function parseAndRun<Schema extends z.ZodType, Data>(
  schema: Schema,
  formData: FormData,
  run: (input: z.output<Schema>) => Promise<ActionResult<z.input<Schema>, Data> | void>,
  // The form's own schema, whose registration says where its messages are (lib/form-messages.ts).
  messagesOf: z.ZodType = schema,
): Promise<ActionResult<z.input<Schema>, Data>> {
  markAppCodeRan();
  // Anyone can call an action with anything; a form's data is the only thing it takes.
  if (!(formData instanceof FormData)) return refused("errors.badRequest", 400);
  // A name sent more than once (the ticked boxes of a checkbox group) is a list; any other a single value.
  const sent = new Map<string, FormDataEntryValue[]>();
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION")) sent.set(key, [...(sent.get(key) ?? []), value]);
  const raw = Object.fromEntries([...sent].map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
  const parsed = schema.safeParse(raw, formParseOptions);
  if (!parsed.success) {
    refuseInput(400);
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      (fieldErrors[field] ??= []).push(qualifiedMessageKey(messagesOf, issue.message));
    }
    // What was typed comes back to the form: the form's own fields only (not what else was posted), never a password.
    const fields = formFields(messagesOf);
    const values = Object.fromEntries(
      Object.entries(raw).filter(([key]) => (!fields || fields.has(key) || key === "locale") && !/password|adgangskode|repeat/i.test(key)),
    );
    return { status: "error", fieldErrors, values: values as Partial<z.input<Schema>> };
  }
  try {
    const result = (await run(parsed.data)) ?? { status: "ok" };
    if (result.status !== "error") return result;
    // A handler's own field errors are bad input too, unless it said more precisely what.
    refuseInput(400, { unlessStatusSet: true });
    // A handler names a field's problem by the schema's key, as the schema does; "_form" keys are from the root.
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([field, keys]) => [field, field === "_form" ? keys : keys.map((key) => qualifiedMessageKey(messagesOf, key))]),
    );
    return { ...result, fieldErrors };
  } catch (error) {
    // redirect(), notFound() and Next's other control flow reach Next unchanged.
    unstable_rethrow(error);
    if (error instanceof AppError) return refused(error.messageKey, error.status);
    // The database could not be reached: say so plainly, with the logged error id.
    const unavailableId = errorIdIfDatabaseUnreachable(error, "server_action");
    if (unavailableId) {
      setResponseStatus(503);
      return { status: "error", fieldErrors: { _form: ["databaseUnavailable.form"] }, values: {}, errorId: unavailableId };
    }
    const errorId = logUnexpectedError(error, "server_action");
    setResponseStatus(500);
    return { status: "error", fieldErrors: { _form: ["errors.unexpected"] }, values: {}, errorId };
  }
}

/**
 * Who may call a citizen-facing action: anyone; a logged-in citizen (not one who must first
 * replace a one-time password); or that citizen, for the action that replaces it.
 */
type Access = "public" | "citizen" | "citizen-changing-password";

/** The citizen a handler is given: the logged-in one where access requires one, else whoever is logged in, if anyone. */
type CitizenFor<A extends Access> = A extends "public" ? CitizenSession | null : CitizenSession;

/** The page's language, which every citizen form sends (a hidden `locale` field); Danish if missing or unknown. */
const localeField = z.object({ locale: z.enum(routing.locales).catch(routing.defaultLocale) });

/**
 * The one way a citizen-facing server action is made. Every exported action is a public
 * endpoint, so this reads the session, refuses a missing one where a citizen is required,
 * and parses the form with the action's zod schema — the same schema the form uses in the
 * browser — plus the page's `locale`, before the handler runs. The handler gets the parsed
 * input with `locale`, and the citizen: never null where access requires one.
 */
export function citizenAction<Schema extends z.ZodType, A extends Access, Data = unknown>(
  options: { schema: Schema; access: A },
  handler: (input: z.output<Schema> & { locale: Locale }, context: { citizen: CitizenFor<A> }) => Promise<ActionResult<z.input<Schema>, Data> | void>,
) {
  const schema = options.schema.and(localeField);
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<z.input<Schema>, Data>> {
    markAppCodeRan();
    const citizen = await getCitizenSession();
    if (options.access !== "public" && !citizen) return refused("errors.sessionEnded", 401);
    if (options.access === "citizen" && citizen?.mustChangePassword) return refused("errors.choosePasswordFirst", 403);
    // Replacing a one-time password is for the citizen who has one, no one else.
    if (options.access === "citizen-changing-password" && !citizen?.mustChangePassword) {
      log.warn("citizen_action_denied", { access: options.access, citizenId: citizen?.citizenId });
      return refused("errors.noPasswordToReplace", 403);
    }
    const run = (input: z.output<typeof schema>) =>
      handler(input as z.output<Schema> & { locale: Locale }, { citizen: citizen as CitizenFor<A> }) as Promise<ActionResult<
        z.input<typeof schema>,
        Data
      > | void>;
    return parseAndRun(schema, formData, run, options.schema) as Promise<ActionResult<z.input<Schema>, Data>>;
  };
}

/** The staff member a handler is given: never null unless the action is for anyone. */
type StaffFor<R> = R extends "anyone" ? StaffSession | null : StaffSession;

/**
 * The one way a staff action is made: the staff session must exist and hold one of the
 * action's roles — read from the staff table, never from the browser — or the action is
 * refused and the refusal logged. `roles: "anyone"` is for the one action that needs no
 * session (logging out), whose handler gets the session if there is one. Like
 * citizenAction, it adds the page's `locale` to the schema, so no form schema declares it.
 */
export function staffAction<Schema extends z.ZodType, R extends readonly StaffRole[] | "anyone", Data = unknown>(
  options: { schema: Schema; roles: R; name: string },
  handler: (input: z.output<Schema> & { locale: Locale }, context: { staff: StaffFor<R> }) => Promise<ActionResult<z.input<Schema>, Data> | void>,
) {
  const schema = options.schema.and(localeField);
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<z.input<Schema>, Data>> {
    markAppCodeRan();
    const staff = await getStaffSession();
    if (options.roles !== "anyone") {
      const roles: readonly StaffRole[] = options.roles;
      if (!staff) return refused("errors.sessionEnded", 401);
      if (!roles.some((role) => staff.roles.includes(role))) {
        log.warn("staff_action_denied", { action: options.name, staffId: staff.staffId });
        return refused("errors.forbidden", 403);
      }
    }
    const run = (input: z.output<typeof schema>) =>
      handler(input as z.output<Schema> & { locale: Locale }, { staff: staff as StaffFor<R> }) as Promise<ActionResult<z.input<typeof schema>, Data> | void>;
    return parseAndRun(schema, formData, run, options.schema) as Promise<ActionResult<z.input<Schema>, Data>>;
  };
}
