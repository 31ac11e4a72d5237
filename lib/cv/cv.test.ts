import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, contactGroup, cvs, cvVersions, type ContactGroup } from "@/db/schema";
import type { CitizenSession } from "@/lib/auth/session";
import { AppError, ConflictError, ForbiddenError } from "@/lib/errors";
import { occupationTitles } from "@/lib/jobsearch/occupations";
import { withFreshDatabase } from "@/tests/support/database";
import {
  addExperience,
  addWantedTitle,
  CvNotSearchableError,
  removeExperience,
  removeWantedTitle,
  saveConditions,
  saveContactDetails,
  saveDrivingLicences,
  setSearchable,
} from "./mutations";
import { cvOverview } from "./overview";
import { getCv } from "./queries";
import { readMonth } from "./schema";
import { cvSearchState, FLEKSJOB_GROUPS, missingForSearchable } from "./searchable";

// The overview source translates with next-intl, which needs Next's request; here a text is its key.
vi.mock("next-intl/server", () => ({
  getTranslations:
    async ({ namespace }: { namespace: string }) =>
    (key: string) =>
      `${namespace}.${key}`,
}));

const { db } = withFreshDatabase({ seed: true });

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void warnings.push(String(line)));
});

/** `Analytiker, data og analyse`, by its code in the taxonomy. */
const ANALYTIKER = occupationTitles().find((title) => title.da === "Analytiker, data og analyse")!.code;
const conditions = { hours: "fuldtid" as const, employment: "fast" as const, regions: ["hovedstaden" as const] };

async function citizenId(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, name));
  return row.id;
}

/**
 * The jobcenter moves the citizen to another contact group. The jobcenter's own systems hold the
 * contact group; no function of the portal writes it, so the test writes the column as they would.
 */
async function changeContactGroup(id: string, group: ContactGroup) {
  await db().update(citizens).set({ contactGroup: group }).where(eq(citizens.id, id));
}

async function versions(id: string) {
  return db().select().from(cvVersions).where(eq(cvVersions.citizenId, id)).orderBy(asc(cvVersions.version));
}

async function cvRow(id: string) {
  const [row] = await db().select().from(cvs).where(eq(cvs.citizenId, id));
  return row ?? null;
}

/** The overview's card for the citizen, as the front page would load it. */
async function overviewCard(id: string, group: ContactGroup) {
  const citizen: CitizenSession = { sessionId: "s", citizenId: id, name: "Test", contactGroup: group, method: "mitid", mustChangePassword: false };
  return cvOverview.load({ citizen, locale: "da", now: new Date() });
}

describe("the rule for a searchable CV (R3.3), for every contact group", () => {
  const fleks = (group: ContactGroup) => FLEKSJOB_GROUPS.includes(group);

  test("R3.3 the fleksjob groups are exactly fleksjobvisiteret and fleksjobansat", () => {
    expect([...contactGroup.enumValues].filter(fleks).sort()).toEqual(["fleksjobansat", "fleksjobvisiteret"]);
  });

  test.each(contactGroup.enumValues.map((group) => [group, fleks(group) ? "without" : "only with"] as const))(
    "R3.3 a citizen who is %s can make the CV searchable %s Ansættelsesbetingelser, and edits them only if not in a fleksjob group",
    async (group) => {
      const carl = await citizenId("Carl Ny");
      await changeContactGroup(carl, group);
      await saveContactDetails({ citizenId: carl, email: "carl@example.dk", phone: "" });

      const turningOn = setSearchable({ citizenId: carl, searchable: true });
      if (fleks(group)) {
        await turningOn;
        expect(cvSearchState(group, await cvRow(carl)).state).toBe("searchable");
        // The jobcenter holds a fleksjob citizen's conditions: saving them is refused, and nothing is written.
        const before = await cvRow(carl);
        await expect(saveConditions({ citizenId: carl, conditions })).rejects.toBeInstanceOf(ForbiddenError);
        expect(await cvRow(carl)).toEqual(before);
        expect(warnings.some((line) => line.includes("cv_conditions_denied") && line.includes(carl))).toBe(true);
      } else {
        await expect(turningOn).rejects.toEqual(new CvNotSearchableError(["hours", "employment", "regions"]));
        expect((await cvRow(carl))?.searchable).toBe(false);
        await saveConditions({ citizenId: carl, conditions });
        await setSearchable({ citizenId: carl, searchable: true });
        expect(cvSearchState(group, await cvRow(carl)).state).toBe("searchable");
      }
    },
  );

  test("R3.3 what a CV lacks, for every group: each part of Ansættelsesbetingelser for the groups that fill them, and an e-mail or phone number for all", () => {
    const empty = { conditionsHours: null, conditionsEmployment: null, conditionsRegions: null, email: "", phone: "" };
    for (const group of contactGroup.enumValues) {
      const conditionParts = fleks(group) ? [] : ["hours", "employment", "regions"];
      expect(missingForSearchable(group, null), group).toEqual([...conditionParts, "contactDetails"]);
      expect(missingForSearchable(group, { ...empty, phone: "+4522334455" }), group).toEqual(conditionParts);
      expect(missingForSearchable(group, { ...empty, conditionsHours: "deltid", conditionsRegions: [], email: "a@example.dk" }), group).toEqual(
        fleks(group) ? [] : ["employment", "regions"],
      );
      expect(
        missingForSearchable(group, {
          conditionsHours: "begge",
          conditionsEmployment: "begge",
          conditionsRegions: ["nordjylland"],
          email: "a@example.dk",
          phone: "",
        }),
      ).toEqual([]);
    }
  });
});

describe("contact details", () => {
  test("R3.3 a searchable CV must show an e-mail or a phone number: the switch is refused without, and removing both from a searchable CV is refused", async () => {
    const dorte = await citizenId("Dorte Fleks");
    await saveContactDetails({ citizenId: dorte, email: "", phone: "" });
    await expect(setSearchable({ citizenId: dorte, searchable: true })).rejects.toEqual(new CvNotSearchableError(["contactDetails"]));

    await saveContactDetails({ citizenId: dorte, email: "", phone: "22 33 44 55" });
    expect((await cvRow(dorte))?.phone).toBe("+4522334455");
    await setSearchable({ citizenId: dorte, searchable: true });

    const before = await cvRow(dorte);
    await expect(saveContactDetails({ citizenId: dorte, email: "", phone: "" })).rejects.toBeInstanceOf(ConflictError);
    expect(await cvRow(dorte)).toEqual(before);
    // An e-mail in place of the phone number is fine, and so is removing both once the CV is not searchable.
    await saveContactDetails({ citizenId: dorte, email: "dorte@example.dk", phone: "" });
    await setSearchable({ citizenId: dorte, searchable: false });
    await saveContactDetails({ citizenId: dorte, email: "", phone: "" });
    expect(cvSearchState("fleksjobansat", await cvRow(dorte))).toEqual({ state: "notSearchable", missing: ["contactDetails"] });
  });
});

describe("a change of contact group does not trap the citizen", () => {
  test("R3.3 fleksjobansat → dagpengemodtager: the searchable CV stops counting as searchable and the overview says what to do; filling Ansættelsesbetingelser makes it searchable again", async () => {
    const dorte = await citizenId("Dorte Fleks");
    await setSearchable({ citizenId: dorte, searchable: true });
    expect((await getCv({ citizenId: dorte })).cv?.searchable).toBe(true);
    expect(await overviewCard(dorte, "fleksjobansat")).toBeNull();

    await changeContactGroup(dorte, "dagpengemodtager");
    const { contactGroup: now, cv } = await getCv({ citizenId: dorte });
    expect(now).toBe("dagpengemodtager");
    // Her choice is kept, but employers cannot find the CV while the rule does not hold.
    expect(cv?.searchable).toBe(true);
    expect(cvSearchState(now, cv)).toEqual({ state: "paused", missing: ["hours", "employment", "regions"] });
    expect(await overviewCard(dorte, "dagpengemodtager")).toEqual({
      heading: "cv.title",
      text: "cv.overview.paused",
      link: { href: "/cv", label: "cv.overview.link" },
    });
    // The switch is not a trap: she may turn it off, and turning it on again says what is missing.
    await expect(setSearchable({ citizenId: dorte, searchable: true })).rejects.toBeInstanceOf(CvNotSearchableError);

    // She can edit the conditions now, and the CV is searchable again without another step.
    expect(await saveConditions({ citizenId: dorte, conditions })).toEqual({ searchable: true });
    expect(cvSearchState("dagpengemodtager", (await getCv({ citizenId: dorte })).cv).state).toBe("searchable");
    expect(await overviewCard(dorte, "dagpengemodtager")).toBeNull();
  });

  test("R3.3 dagpengemodtager → fleksjobvisiteret: the conditions become the jobcenter's, and the switch works without them", async () => {
    const carl = await citizenId("Carl Ny");
    await changeContactGroup(carl, "dagpengemodtager");
    await saveContactDetails({ citizenId: carl, email: "", phone: "+46 70 123 45 67" });
    await expect(setSearchable({ citizenId: carl, searchable: true })).rejects.toBeInstanceOf(CvNotSearchableError);

    await changeContactGroup(carl, "fleksjobvisiteret");
    await setSearchable({ citizenId: carl, searchable: true });
    expect(cvSearchState("fleksjobvisiteret", await cvRow(carl)).state).toBe("searchable");
    await expect(saveConditions({ citizenId: carl, conditions })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("R3.3 a searchable CV with Ansættelsesbetingelser stays searchable through changes of contact group either way", async () => {
    const anna = await citizenId("Anna Andersen");
    expect(cvSearchState("dagpengemodtager", await cvRow(anna)).state).toBe("searchable");
    for (const group of ["fleksjobansat", "kontanthjaelpsmodtager", "fleksjobvisiteret", "dagpengemodtager"] as const) {
      await changeContactGroup(anna, group);
      const { contactGroup: now, cv } = await getCv({ citizenId: anna });
      expect(cvSearchState(now, cv).state, group).toBe("searchable");
      expect(await overviewCard(anna, group)).toBeNull();
    }
  });
});

describe("the CV is the citizen's own", () => {
  test("R3.3 X5 another citizen cannot touch the CV: an entry is looked for in the caller's own CV only, and nothing is written", async () => {
    const anna = await citizenId("Anna Andersen");
    const bent = await citizenId("Bent Brugerkode");
    const annas = await cvRow(anna);
    const entryId = annas!.experience[0].id;

    await expect(removeExperience({ citizenId: bent, id: entryId })).rejects.toMatchObject({ status: 404, messageKey: "cv.errors.entryGone" });
    await expect(removeWantedTitle({ citizenId: bent, code: annas!.wantedTitles[0] })).rejects.toMatchObject({ status: 404 });
    expect(await cvRow(anna)).toEqual(annas);
    // Not even an empty CV was left behind for Bent by the refused changes.
    expect(await cvRow(bent)).toBeNull();
    expect(await versions(bent)).toEqual([]);

    // Bent's own changes land in Bent's CV.
    await addExperience({ citizenId: bent, entry: { title: "Lagerarbejder", employer: "Lager A/S", from: "2020-01", to: "", description: "" } });
    expect((await cvRow(bent))?.experience.map((entry) => entry.title)).toEqual(["Lagerarbejder"]);
    expect(await cvRow(anna)).toEqual(annas);
  });

  test("R3.3 every change is kept as a version: which change, when, and the whole CV after it", async () => {
    const dorte = await citizenId("Dorte Fleks");
    expect((await cvRow(dorte))?.version).toBe(0);
    const at = new Date("2026-02-02T10:00:00Z");
    await addWantedTitle({ citizenId: dorte, code: ANALYTIKER, now: at });
    await saveDrivingLicences({ citizenId: dorte, licences: ["CE", "B", "B"], now: at });
    await setSearchable({ citizenId: dorte, searchable: true, now: at });
    // A change that changes nothing (a title already chosen, the switch as it is) is no version.
    await addWantedTitle({ citizenId: dorte, code: ANALYTIKER });
    await setSearchable({ citizenId: dorte, searchable: true });

    const kept = await versions(dorte);
    expect(kept.map((version) => [version.version, version.change])).toEqual([
      [1, "wanted_title_added"],
      [2, "driving_licences_saved"],
      [3, "searchable_on"],
    ]);
    expect(kept[0].changedAt).toEqual(at);
    expect(kept[1].snapshot.drivingLicences).toEqual(["B", "CE"]);
    const cv = await cvRow(dorte);
    expect(cv?.version).toBe(3);
    expect(kept[2].snapshot).toMatchObject({ wantedTitles: cv!.wantedTitles, searchable: true, phone: "+4522334455" });
  });

  test("R3.3 X4 what the data functions refuse writes nothing", async () => {
    const dorte = await citizenId("Dorte Fleks");
    const before = await cvRow(dorte);
    await expect(addWantedTitle({ citizenId: dorte, code: "0000000" })).rejects.toMatchObject({ status: 422, messageKey: "cv.errors.titleUnknown" });
    await expect(saveDrivingLicences({ citizenId: dorte, licences: ["B", "X"] })).rejects.toBeInstanceOf(AppError);
    await expect(saveContactDetails({ citizenId: dorte, email: "", phone: "abc" })).rejects.toMatchObject({ status: 400 });
    expect(await cvRow(dorte)).toEqual(before);
    expect(await versions(dorte)).toEqual([]);
  });

  test("R3.3 Jeg søger job som holds at most 10 titles, each a title of the taxonomy, in the citizen's order", async () => {
    const dorte = await citizenId("Dorte Fleks");
    const seeded = (await cvRow(dorte))!.wantedTitles;
    expect(seeded).toHaveLength(1);
    const codes = occupationTitles()
      .map((title) => title.code)
      .filter((code) => code !== ANALYTIKER && !seeded.includes(code))
      .slice(0, 9);
    for (const code of codes) await addWantedTitle({ citizenId: dorte, code });
    expect((await cvRow(dorte))?.wantedTitles).toHaveLength(10);
    await expect(addWantedTitle({ citizenId: dorte, code: ANALYTIKER })).rejects.toMatchObject({ status: 422, messageKey: "cv.errors.tooManyTitles" });
    await removeWantedTitle({ citizenId: dorte, code: codes[0] });
    await addWantedTitle({ citizenId: dorte, code: ANALYTIKER });
    expect((await cvRow(dorte))?.wantedTitles.slice(-2)).toEqual([codes[8], ANALYTIKER]);
  });
});

describe("months as people write them", () => {
  test("R3.3 a month is read as month and year in the usual Danish ways, and kept as YYYY-MM", () => {
    expect(readMonth("03.2019")).toBe("2019-03");
    expect(readMonth("3/2019")).toBe("2019-03");
    expect(readMonth("12-2025")).toBe("2025-12");
    expect(readMonth("2019-3")).toBe("2019-03");
    for (const bad of ["13.2019", "0.2019", "2019", "marts 2019", "03.19", "03.1800", ""]) expect(readMonth(bad), bad).toBeNull();
  });
});
