import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { apiClients } from "@/db/schema";
import { hashApiToken, newApiToken } from "./tokens";

/** Registers a jobcenter system and returns its bearer token, which is not stored anywhere. */
export async function createApiClient({ name, now = new Date() }: { name: string; now?: Date }): Promise<{ token: string }> {
  const token = newApiToken();
  await db()
    .insert(apiClients)
    .values({ name, tokenHash: hashApiToken(token), createdAt: now });
  return { token };
}

/** Revokes a client's token at once. Returns false when there was no active client by that name. */
export async function revokeApiClient({ name, now = new Date() }: { name: string; now?: Date }): Promise<boolean> {
  const revoked = await db()
    .update(apiClients)
    .set({ revokedAt: now })
    .where(and(eq(apiClients.name, name), isNull(apiClients.revokedAt)))
    .returning({ id: apiClients.id });
  return revoked.length === 1;
}

export async function recordApiClientUse({ clientId, now = new Date() }: { clientId: string; now?: Date }): Promise<void> {
  await db().update(apiClients).set({ lastUsedAt: now }).where(eq(apiClients.id, clientId));
}
