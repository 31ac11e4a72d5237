import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { z } from "zod";
import type { Actor } from "@/lib/audit/mutations";
import { setResponseStatus } from "@/lib/http/request-context";
import { getCitizenAdminOverview, type CitizenAdminOverview } from "@/lib/identity/queries";
import { CitizenOutOfScopeError } from "@/lib/identity/scope";
import type { StaffSession } from "@/lib/staff/session";
import { CitizenAccess } from "./citizen-access";

/**
 * A staff page about one citizen: their access, then the tool's own actions. An unknown or
 * malformed id says so in the page (404) rather than as an error page; a citizen the staff
 * member may not reach (another jobcenter's) is refused in the page (403) — the data
 * functions check and log that, whatever the page shows.
 */
export async function StaffCitizenPage({
  citizenId,
  staff,
  tools,
}: {
  citizenId: string;
  staff: StaffSession;
  tools: (citizen: CitizenAdminOverview, viewer: Actor) => ReactNode;
}) {
  const t = await getTranslations("staff");
  const viewer: Actor = { kind: "staff", id: staff.staffId };
  let citizen: CitizenAdminOverview | null = null;
  let refused = false;
  try {
    citizen = z.uuid().safeParse(citizenId).success ? await getCitizenAdminOverview({ citizenId, viewer }) : null;
  } catch (error) {
    if (!(error instanceof CitizenOutOfScopeError)) throw error;
    refused = true;
  }
  if (!citizen) {
    setResponseStatus(refused ? 403 : 404);
    return (
      <>
        <h1 className="mb-6">{t("citizen.search")}</h1>
        <p role="alert">{refused ? t("citizen.otherJobcenter") : t("citizen.notFound")}</p>
      </>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6">{citizen.name}</h1>
      {tools(citizen, viewer)}
      <CitizenAccess citizen={citizen} viewer={viewer} />
    </div>
  );
}
