import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { apiClients } from "@/db/schema";

/** The active (not revoked) client whose token has this hash. */
export async function findActiveApiClient({ tokenHash }: { tokenHash: string }): Promise<{ id: string; name: string } | null> {
  const [row] = await db()
    .select({ id: apiClients.id, name: apiClients.name })
    .from(apiClients)
    .where(and(eq(apiClients.tokenHash, tokenHash), isNull(apiClients.revokedAt)));
  return row ?? null;
}

export async function listApiClients() {
  return db()
    .select({ name: apiClients.name, createdAt: apiClients.createdAt, revokedAt: apiClients.revokedAt, lastUsedAt: apiClients.lastUsedAt })
    .from(apiClients)
    .orderBy(apiClients.name);
}
