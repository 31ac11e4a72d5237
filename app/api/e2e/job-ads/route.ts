import { z } from "zod";
import { region } from "@/db/schema/jobsearch";
import { danishDay } from "@/lib/content/danish-time";
import { findOccupationTitle } from "@/lib/jobsearch/occupations";
import { publishJobAd } from "@/lib/jobsearch/mutations";
import { text } from "@/lib/validation";

// Browser tests only: publishes a job ad now, so a test can show a job agent finding it (run
// `jobagent-match` through /api/e2e/jobs next). The route exists only in a server started with
// JOBNET_E2E_FIXTURES=1 (the browser tests' server); anywhere else it answers 404 like any
// unknown address.
export const dynamic = "force-dynamic";

const adSchema = z.object({
  occupationCode: text().refine((code) => findOccupationTitle(code) !== null),
  title: text().min(1).max(200),
  employer: text().min(1).max(200),
  postcode: text().regex(/^\d{4}$/),
  city: text().min(1).max(100),
  region: z.enum(region.enumValues),
  description: text().max(2000).default("Vi søger en kollega."),
});

/** `POST /api/e2e/job-ads` with `{ occupationCode, title, employer, postcode, city, region, description? }` → `{ id }`. */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JOBNET_E2E_FIXTURES !== "1") return new Response("Not found", { status: 404 });
  const parsed = adSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "bad ad" }, { status: 400 });
  const now = new Date();
  const { id } = await publishJobAd({
    ...parsed.data,
    street: "Testvej 1",
    workingHours: "fuldtid",
    employmentKind: "fast",
    publishedAt: now,
    deadline: danishDay(new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000)),
    howToApply: "Send en ansøgning.",
  });
  return Response.json({ id }, { headers: { "cache-control": "no-store" } });
}
