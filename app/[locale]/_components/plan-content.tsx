import { getTranslations } from "next-intl/server";
import { TermList } from "@/components/term-list";
import { TypedText } from "@/components/typed-text";
import type { PlanKind } from "@/db/schema";
import type { StoettebehovKode } from "@/lib/plans/stoettebehov";

/**
 * What one version of a plan says — its step (an uddannelsesplan's), goal, indsats, offers and
 * støttebehov in the page's language — as the citizen sees it under `Min plan` and
 * `Min historik`, and the caseworker on the citizen's page.
 */
export async function PlanContent({
  kind,
  version,
}: {
  kind: PlanKind;
  version: { step: number | null; goal: string; indsats: string; offers: string; stoettebehov: readonly StoettebehovKode[] };
}) {
  const [t, labels] = await Promise.all([getTranslations("plans"), getTranslations("stoettebehov")]);
  const none = t("fields.none");
  return (
    <TermList className="mb-4">
      {kind === "uddannelsesplan" && version.step !== null && (
        <>
          <dt className="font-semibold">{t("fields.step")}</dt>
          <dd>{t("step", { step: version.step })}</dd>
        </>
      )}
      <dt className="font-semibold">{t("fields.goal")}</dt>
      <dd className="whitespace-pre-line">{version.goal ? <TypedText>{version.goal}</TypedText> : none}</dd>
      <dt className="font-semibold">{t("fields.indsats")}</dt>
      <dd className="whitespace-pre-line">{version.indsats ? <TypedText>{version.indsats}</TypedText> : none}</dd>
      <dt className="font-semibold">{t("fields.offers")}</dt>
      <dd className="whitespace-pre-line">{version.offers ? <TypedText>{version.offers}</TypedText> : none}</dd>
      {kind === "uddannelsesplan" && (
        <>
          <dt className="font-semibold">{t("fields.stoettebehov")}</dt>
          <dd>
            {version.stoettebehov.length === 0 ? (
              none
            ) : (
              <ul className="list-disc pl-6">
                {version.stoettebehov.map((code) => (
                  <li key={code}>{labels(code)}</li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
    </TermList>
  );
}
