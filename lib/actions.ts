import "server-only";
import { z } from "zod";
import { getCitizenSession, type CitizenSession } from "@/lib/auth/session";
import { AppError, logUnexpectedError } from "@/lib/errors";

export type ActionResult<Values = Record<string, unknown>> =
  | { status: "idle" }
  | { status: "ok" }
  | {
      status: "error";
      /** Translation keys per field; "_form" holds a problem with the form as a whole. */
      fieldErrors: Record<string, string[]>;
      /** What the citizen typed, to fill the form again (never a password). */
      values: Partial<Values>;
      /** Shown with an unexpected error so support can find the log line. */
      errorId?: string;
    };

type Access = "public" | "citizen";

/**
 * The one way a server action is made. Every exported action is a public endpoint, so
 * this reads the session, refuses a missing one where a citizen is required, and parses
 * the form with the action's zod schema — the same schema the form uses in the browser —
 * before the handler runs. Next's redirect() and notFound() pass through untouched.
 */
export function serverAction<Schema extends z.ZodType>(
  options: { schema: Schema; access: Access },
  handler: (input: z.output<Schema>, context: { citizen: CitizenSession | null }) => Promise<ActionResult<z.input<Schema>> | void>,
) {
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<z.input<Schema>>> {
    const citizen = await getCitizenSession();
    if (options.access === "citizen" && !citizen) {
      return { status: "error", fieldErrors: { _form: ["errors.sessionEnded"] }, values: {} };
    }
    const raw = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "_form");
        (fieldErrors[field] ??= []).push(issue.message);
      }
      const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password|adgangskode/i.test(key)));
      return { status: "error", fieldErrors, values: values as Partial<z.input<Schema>> };
    }
    try {
      return (await handler(parsed.data, { citizen })) ?? { status: "ok" };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      if (error instanceof AppError) return { status: "error", fieldErrors: { _form: [error.messageKey] }, values: {} };
      const errorId = logUnexpectedError(error, "server_action");
      return { status: "error", fieldErrors: { _form: ["errors.unexpected"] }, values: {}, errorId };
    }
  };
}

// redirect() and notFound() work by throwing; they must reach Next unchanged.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
