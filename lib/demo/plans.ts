import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { citizens, planDocuments, type PlanKind } from "@/db/schema";
import { renderLetterPdf } from "@/lib/pdf/letter";
import { createPlanIn, publishDraftIn, saveDraftIn, type PlanContent } from "@/lib/plans/versions";
import { DEMO_JOBCENTER } from "./demo-data";

// The demo's plans (R4.1, R4.3), made through the plans' own functions in the seed's
// transaction, so Emil Ung's besked about his støttebehov is sent as a caseworker's publish
// sends it. Every version is made by Jens Jobcenter.

/** The day the uddannelsespålæg in the demo was made: before the release 2022-1 (March 2022). */
export const DEMO_PAALAEG_DAY = "2022-01-10";

// The PDF is the same for every seed (its date and text are fixed), so it is rendered once per process.
let paalaegPdf: Promise<Uint8Array> | undefined;

/** Emil Ung's uddannelsespålæg as the jobcenter made it before the release: a letter in Danish. */
function demoPaalaegPdf(): Promise<Uint8Array> {
  paalaegPdf ??= renderLetterPdf({
    locale: "da",
    title: "Uddannelsespålæg",
    sender: DEMO_JOBCENTER,
    recipient: "Emil Ung",
    date: new Date(`${DEMO_PAALAEG_DAY}T12:00:00+01:00`),
    paragraphs: [
      "Du har fået et uddannelsespålæg. Det betyder, at du skal søge ind på en uddannelse, som du kan gennemføre.",
      "Din uddannelsesplan er på trin 4: du er klar til at starte på en uddannelse.",
      "Du skal søge optagelse på uddannelsen til ernæringsassistent på Hotel- og Restaurantskolen med start i august 2022.",
    ],
    items: ["Mål: Ernæringsassistent", "Indsats: Brobygningsforløb og hjælp til ansøgningen"],
    reference: "UP-2022-0110-0606",
  });
  return paalaegPdf;
}

async function citizenId(tx: Transaction, cpr: string): Promise<string> {
  const [row] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr));
  return row.id;
}

/** Saves `content` as the plan's next draft and publishes it, both at `at`. */
async function publish(
  tx: Transaction,
  plan: { citizenId: string; planId: string; kind: PlanKind; version: number },
  content: PlanContent,
  staffId: string,
  at: Date,
): Promise<number> {
  const draft = await saveDraftIn(tx, {
    citizenId: plan.citizenId,
    planId: plan.planId,
    kind: plan.kind,
    fromVersion: plan.version,
    content,
    staffId,
    now: at,
  });
  const published = await publishDraftIn(tx, { citizenId: plan.citizenId, planId: plan.planId, draftVersion: draft.version, staffId, now: at });
  return published.version;
}

/**
 * Emil Ung (0606026666): an uddannelsesplan published at step 4 in January 2022, with the
 * uddannelsespålæg PDF made then, and published again two weeks ago with one støttebehov
 * (mentor), which sent him a besked. Anna Andersen (0101901111): a published jobplan.
 */
export async function seedDemoPlans(tx: Transaction, { staffId, now }: { staffId: string; now: Date }): Promise<void> {
  const DAY = 24 * 60 * 60 * 1000;
  const emil = await citizenId(tx, "0606026666");
  const created = new Date(`2021-11-15T10:00:00+01:00`);
  const plan = await createPlanIn(tx, { citizenId: emil, kind: "uddannelsesplan", staffId, now: created });
  const steps = { citizenId: emil, planId: plan.planId, kind: "uddannelsesplan" as const };
  const goal = "Ernæringsassistent";
  let version = await publish(
    tx,
    { ...steps, version: plan.version },
    { step: 3, goal, indsats: "Brobygningsforløb på Hotel- og Restaurantskolen", offers: "Mentor fra jobcentret", stoettebehov: [] },
    staffId,
    new Date("2021-11-22T10:00:00+01:00"),
  );
  const paalaegAt = new Date(`${DEMO_PAALAEG_DAY}T11:00:00+01:00`);
  version = await publish(
    tx,
    { ...steps, version },
    { step: 4, goal, indsats: "Brobygningsforløb og hjælp til ansøgningen", offers: "Samtaler med UU-vejleder", stoettebehov: [] },
    staffId,
    paalaegAt,
  );
  await tx.insert(planDocuments).values({
    citizenId: emil,
    planId: plan.planId,
    kind: "uddannelsespaalaeg",
    title: "Uddannelsespålæg",
    madeAt: paalaegAt,
    filename: `uddannelsespaalaeg-${DEMO_PAALAEG_DAY}.pdf`,
    pdf: await demoPaalaegPdf(),
  });
  await publish(
    tx,
    { ...steps, version },
    { step: 4, goal, indsats: "Start på uddannelsen med mentorstøtte", offers: "Samtaler med UU-vejleder", stoettebehov: ["mentor"] },
    staffId,
    new Date(now.getTime() - 14 * DAY),
  );

  const anna = await citizenId(tx, "0101901111");
  const jobplan = await createPlanIn(tx, { citizenId: anna, kind: "jobplan", staffId, now: new Date(now.getTime() - 60 * DAY) });
  await publish(
    tx,
    { citizenId: anna, planId: jobplan.planId, kind: "jobplan", version: jobplan.version },
    { step: null, goal: "Job som dataanalytiker", indsats: "Søge mindst to job om ugen og holde joblog", offers: "Kursus i SQL og Power BI", stoettebehov: [] },
    staffId,
    new Date(now.getTime() - 59 * DAY),
  );
}
