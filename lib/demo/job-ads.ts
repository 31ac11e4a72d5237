import type { NewJobAd, Region } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import texts from "@/lib/jobsearch/data/demo-ad-texts.json" with { type: "json" };
import { findOccupationTitle, occupationTitles, type OccupationTitle } from "@/lib/jobsearch/occupations";
import { findPostnummer } from "@/lib/jobsearch/postnumre";

const DAY = 86_400_000;

/** The ad SPEC names, whose title, street and city hold every kind of special character a Danish ad has (R3.2). */
export const specialCharacterAd = {
  title: 'Pædagog – "Børnehuset Ærø & Søn" (R&D) · 37 t/uge',
  employer: "Børnehuset Ærø & Søn ApS",
  street: "Østre Allé 5, 2. th.",
  postcode: "8000",
  city: "Aarhus C",
} as const;

/** Postcodes the demo ads are spread over, per region: the larger towns, as people live and work. */
const demoPostcodes: Record<Region, string[]> = {
  hovedstaden: ["1050", "1620", "2100", "2200", "2300", "2400", "2500", "2600", "2650", "2730", "2750", "2800", "2900", "3000", "3400", "3700"],
  sjaelland: ["4000", "4100", "4200", "4300", "4400", "4600", "4700", "4800", "4900"],
  syddanmark: ["5000", "5200", "5700", "6000", "6100", "6200", "6400", "6700", "7100", "7400"],
  midtjylland: ["7500", "8000", "8200", "8210", "8600", "8700", "8800", "8900", "7400", "7430"],
  nordjylland: ["9000", "9200", "9400", "9700", "9800", "9900", "7700", "9600"],
};
const regionOrder: Region[] = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"];

type AdTexts = {
  employers: { name: string; kind: string }[];
  streets: string[];
  groupTexts: Record<string, { da: string[] }>;
  applyTexts: string[];
};
const adTexts = texts as AdTexts;

/** A small, seeded pseudo-random generator (mulberry32), so the same seed makes the same ads. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return { next, pick, between };
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("da") + text.slice(1);

function place(region: Region, rng: ReturnType<typeof random>) {
  const postnummer = findPostnummer(rng.pick(demoPostcodes[region]));
  if (!postnummer) throw new Error("A demo postcode is missing from the postcode file");
  return { postcode: postnummer.postnummer, city: postnummer.by, region: postnummer.region };
}

function adFor(title: OccupationTitle, index: number, now: Date, rng: ReturnType<typeof random>, overrides: Partial<NewJobAd> = {}): NewJobAd {
  const region = regionOrder[index % regionOrder.length];
  const where = place(region, rng);
  const employer = rng.pick(adTexts.employers).name;
  const deltid = rng.next() < 0.25;
  const temporary = rng.next() < 0.2;
  const hoursPerWeek = deltid ? rng.pick([20, 25, 28, 30, 32]) : 37;
  const label = title.da;
  const variant = rng.between(0, 4);
  const adTitle =
    variant === 1
      ? `Erfaren ${lowerFirst(label)}`
      : variant === 2
        ? `${label} søges til ${where.city}`
        : variant === 3 && deltid
          ? `${label} – ${hoursPerWeek} t/uge`
          : variant === 4 && temporary
            ? `${label} (vikariat)`
            : label;
  // Most ads are some days old; every twelfth is published today (NY), every fifteenth is past its deadline.
  const daysOld = index % 12 === 0 ? 0 : rng.between(1, 40);
  // Today's ads went up within the last hour or so; older ones at any time of their day.
  const publishedAt = new Date(now.getTime() - daysOld * DAY - rng.between(0, daysOld === 0 ? 90 : 600) * 60_000);
  const deadlineDays = index % 15 === 7 ? -rng.between(1, 10) : rng.between(7, 45);
  const paragraphs = adTexts.groupTexts[title.group.code]?.da ?? [];
  const description = [
    `${employer} søger ${deltid ? `en ${lowerFirst(label)} på deltid (${hoursPerWeek} timer om ugen)` : `en ${lowerFirst(label)} på fuld tid`} til ${where.city}.`,
    ...paragraphs,
  ].join("\n\n");
  return {
    occupationCode: title.code,
    title: adTitle,
    employer,
    description,
    street: `${rng.pick(adTexts.streets)} ${rng.between(1, 180)}`,
    ...where,
    workingHours: deltid ? "deltid" : "fuldtid",
    employmentKind: temporary ? "tidsbegraenset" : "fast",
    publishedAt,
    deadline: danishDay(new Date(now.getTime() + deadlineDays * DAY)),
    howToApply: rng.pick(adTexts.applyTexts),
    applyUrl: rng.next() < 0.5 ? `https://job.example.dk/ansoeg/${1000 + index}` : null,
    ...overrides,
  };
}

/**
 * `count` generated job ads relative to `now`, the same ones for the same `seed`: every
 * title of the taxonomy in turn, spread over all five regions, some published today (`NY`),
 * some past their deadline. For the demo data and the job-search benchmark.
 */
export function generateJobAds(count: number, now: Date, seed = 2022): NewJobAd[] {
  const rng = random(seed);
  const titles = occupationTitles();
  return Array.from({ length: count }, (_, index) => adFor(titles[index % titles.length], index, now, rng));
}

/**
 * SPEC's demo ads: the special-character ad, two ads each for `Analytiker, data og analyse`
 * and `Statistiker` (and one `Dataingeniør`) in the group `Data og analyse`, then 320
 * generated ones (generateJobAds).
 */
export function demoJobAds(now: Date): NewJobAd[] {
  const rng = random(7);
  const title = (name: string) => {
    const found = occupationTitles().find((candidate) => candidate.da === name);
    if (!found || !findOccupationTitle(found.code)) throw new Error(`The taxonomy lacks the title ${name}`);
    return found;
  };
  const analytiker = title("Analytiker, data og analyse");
  const statistiker = title("Statistiker");
  const open = danishDay(new Date(now.getTime() + 30 * DAY));
  return [
    adFor(title("Pædagog"), 0, now, rng, {
      ...specialCharacterAd,
      region: "midtjylland",
      workingHours: "fuldtid",
      publishedAt: now,
      deadline: open,
    }),
    adFor(analytiker, 1, now, rng, {
      title: "Analytiker, data og analyse",
      postcode: "2100",
      city: "København Ø",
      region: "hovedstaden",
      publishedAt: new Date(now.getTime() - DAY),
      deadline: open,
    }),
    adFor(analytiker, 2, now, rng, {
      title: "Analytiker til data og analyse i regionen",
      postcode: "8000",
      city: "Aarhus C",
      region: "midtjylland",
      publishedAt: new Date(now.getTime() - 3 * DAY),
      deadline: open,
    }),
    adFor(statistiker, 3, now, rng, {
      title: "Statistiker",
      postcode: "5000",
      city: "Odense C",
      region: "syddanmark",
      publishedAt: new Date(now.getTime() - DAY),
      deadline: open,
    }),
    adFor(statistiker, 4, now, rng, {
      title: "Statistiker til befolkningsprognoser",
      postcode: "2300",
      city: "København S",
      region: "hovedstaden",
      publishedAt: new Date(now.getTime() - 5 * DAY),
      deadline: open,
    }),
    adFor(title("Dataingeniør"), 5, now, rng, {
      title: "Dataingeniør",
      postcode: "9000",
      city: "Aalborg",
      region: "nordjylland",
      publishedAt: new Date(now.getTime() - 2 * DAY),
      deadline: open,
    }),
    ...generateJobAds(320, now),
  ];
}
