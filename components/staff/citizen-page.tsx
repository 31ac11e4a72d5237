import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { z } from "zod";
import { getCitizenAdminOverview, type CitizenAdminOverview } from "@/lib/identity/queries";
import { CitizenAccess } from "./citizen-access";

/**
 * A staff page about one citizen: their access, then the tool's own actions. An unknown or
 * malformed id says so in the page rather than as an error page.
 */
export async function StaffCitizenPage({
  citizenId,
  tools,
}: {
  citizenId: string;
  tools: (citizen: CitizenAdminOverview) => ReactNode;
}) {
  const t = await getTranslations("staff");
  const citizen = z.uuid().safeParse(citizenId).success ? await getCitizenAdminOverview({ citizenId }) : null;
  if (!citizen) {
    return (
      <>
        <h1 className="mb-6">{t("citizen.search")}</h1>
        <p role="alert">{t("citizen.notFound")}</p>
      </>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6">{citizen.name}</h1>
      {tools(citizen)}
      <CitizenAccess citizen={citizen} />
    </div>
  );
}
