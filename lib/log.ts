// Anything that looks like a CPR number (ddmmyy-xxxx or ten digits in a row) is masked
// before it reaches a log line, whatever the source: our messages, library errors,
// Postgres error details. Ten digits inside a word — the tail of an id such as a UUID's
// last group — are not a CPR number, and the ids support needs stay whole.
const CPR_PATTERN = /(?<![\dA-Za-z])(\d{6})-?(\d{4})(?![\dA-Za-z])/g;

export function redact(text: string): string {
  return text.replace(CPR_PATTERN, "**********");
}

type Fields = Record<string, string | number | boolean | undefined | null>;

function line(level: "info" | "warn" | "error", event: string, fields: Fields = {}): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${JSON.stringify(typeof value === "string" ? redact(value) : value)}`);
  return [new Date().toISOString(), level, redact(event), ...parts].join(" ");
}

/** Structured, redacted log lines. Never pass a password, token or CPR number on purpose; redaction is the safety net. */
export const log = {
  info: (event: string, fields?: Fields) => console.info(line("info", event, fields)),
  warn: (event: string, fields?: Fields) => console.warn(line("warn", event, fields)),
  error: (event: string, fields?: Fields) => console.error(line("error", event, fields)),
};
