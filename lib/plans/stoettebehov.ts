/**
 * The støttebehov (support needs) a jobcenter can register in a young citizen's
 * uddannelsesplan, as fixed codes so a letter about them reads in the citizen's language.
 * Labels are under `stoettebehov.<code>` in messages/da.json and messages/en.json.
 * Source: the kinds of support the uddannelsespålæg and uddannelsesplan name for young people
 * under 30 (mentor, reading and writing, SPS, psychologist, housing and money, abuse
 * treatment, health); the list is ours, not an official register.
 */
export const stoettebehovKoder = ["mentor", "laese-skrive", "sps", "psykolog", "bolig-oekonomi", "misbrug", "helbred"] as const;

/** One støttebehov code. */
export type StoettebehovKode = (typeof stoettebehovKoder)[number];

/** Whether `value` is a støttebehov code. */
export function isStoettebehovKode(value: string): value is StoettebehovKode {
  return (stoettebehovKoder as readonly string[]).includes(value);
}
