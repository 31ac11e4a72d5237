import { observeDatabase } from "@/db/availability";
import { markDatabaseUnreachable } from "@/lib/http/request-context";
import { log } from "@/lib/log";

/**
 * Has the database layer (db/) report through the portal: its lines through the redacting log
 * (lib/log.ts), and a query that met an unreachable database marks the request being answered,
 * so the server answers with the 503 page (lib/http/request-context.ts). db/ imports nothing
 * from lib/, so the portal's entry points install this: server.ts and instrumentation.ts.
 */
export function installDatabaseObserver(): void {
  observeDatabase({ log: (level, event, fields) => log[level](event, fields), unreachable: markDatabaseUnreachable });
}
