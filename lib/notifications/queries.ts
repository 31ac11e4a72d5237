import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationSettings, notificationVerifications, type NotificationChannel, type NotificationSettings } from "@/db/schema";

/** A code sent and not yet used: where to, and until when it works. */
export interface PendingVerification {
  address: string;
  expiresAt: Date;
}

/** What `Få besked på SMS og/eller e-mail` shows: the settings (defaults before the first save) and any code waiting to be typed. */
export interface NotificationOverview {
  settings: Omit<NotificationSettings, "citizenId" | "updatedAt">;
  pending: Partial<Record<NotificationChannel, PendingVerification>>;
}

const defaults: NotificationOverview["settings"] = {
  locale: "da",
  email: null,
  emailVerifiedAt: null,
  phone: null,
  phoneVerifiedAt: null,
  jobagentEmail: false,
  jobagentSms: false,
  beskedEmail: false,
  beskedSms: false,
};

/** The logged-in citizen's own notification settings and pending codes (the session's citizen id); never a code's hash. */
export async function getNotificationSettings({ citizenId, now = new Date() }: { citizenId: string; now?: Date }): Promise<NotificationOverview> {
  const [[settings], verifications] = await Promise.all([
    db().select().from(notificationSettings).where(eq(notificationSettings.citizenId, citizenId)),
    db()
      .select({ channel: notificationVerifications.channel, address: notificationVerifications.address, expiresAt: notificationVerifications.expiresAt })
      .from(notificationVerifications)
      .where(eq(notificationVerifications.citizenId, citizenId)),
  ]);
  const pending: NotificationOverview["pending"] = {};
  for (const verification of verifications) {
    if (verification.expiresAt > now) pending[verification.channel] = { address: verification.address, expiresAt: verification.expiresAt };
  }
  const { citizenId: _citizenId, updatedAt: _updatedAt, ...chosen } = settings ?? { citizenId, updatedAt: now, ...defaults };
  return { settings: chosen, pending };
}
