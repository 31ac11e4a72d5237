// Before every test file, as in the portal (server.ts, instrumentation.ts): the database
// layer's lines go through the portal's log, and its outages mark the request being answered.
import { installDatabaseObserver } from "@/lib/database-observer";

installDatabaseObserver();
