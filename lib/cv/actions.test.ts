import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { citizens, cvs, cvVersions, type ContactGroup } from "@/db/schema";
import type { CitizenSession } from "@/lib/auth/session";
import { withFreshDatabase } from "@/tests/support/database";
import { addCvExperience, changeCvWantedTitle, saveCvConditions, saveCvContactDetails, saveCvDrivingLicences, setCvSearchable } from "./actions";

// The actions as a form calls them: the session is the logged-in citizen's, the form is what was posted.
let session: CitizenSession | null = null;
vi.mock("@/lib/auth/session", () => ({ getCitizenSession: async () => session }));
// Outside a request there is no page to refresh.
vi.mock("next/cache", () => ({ refresh: () => {} }));

const { db } = withFreshDatabase({ seed: true });

beforeEach(() => {
  session = null;
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

async function logInAs(name: string): Promise<string> {
  const [row] = await db().select({ id: citizens.id, contactGroup: citizens.contactGroup }).from(citizens).where(eq(citizens.name, name));
  session = { sessionId: "s", citizenId: row.id, name, contactGroup: row.contactGroup as ContactGroup, method: "mitid", mustChangePassword: false };
  return row.id;
}

function posted(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  form.set("locale", "da");
  for (const [key, value] of Object.entries(values)) for (const one of Array.isArray(value) ? value : [value]) form.append(key, one);
  return form;
}

async function cvOf(id: string) {
  const [row] = await db().select().from(cvs).where(eq(cvs.citizenId, id));
  return row ?? null;
}

describe("the CV's actions", () => {
  test("R3.3 X5 every action acts on the logged-in citizen's own CV, whatever citizen the form names", async () => {
    const anna = (await db().select({ id: citizens.id }).from(citizens).where(eq(citizens.name, "Anna Andersen")))[0].id;
    const annas = await cvOf(anna);
    const bent = await logInAs("Bent Brugerkode");
    const result = await addCvExperience(null, posted({ citizenId: anna, title: "Lagerarbejder", employer: "Lager A/S", from: "01.2020", to: "" }));
    expect(result).toEqual({ status: "ok", data: { title: "Lagerarbejder" } });
    expect((await cvOf(bent))?.experience).toMatchObject([{ title: "Lagerarbejder", employer: "Lager A/S", from: "2020-01", to: "", description: "" }]);
    expect(await cvOf(anna)).toEqual(annas);
    // No session: refused, nothing written.
    session = null;
    expect(await addCvExperience(null, posted({ title: "X", employer: "Y", from: "01.2020" }))).toMatchObject({
      fieldErrors: { _form: ["errors.sessionEnded"] },
    });
    expect((await cvOf(bent))?.experience).toHaveLength(1);
  });

  test("R3.3 X4 bad input gets its field's message and writes nothing", async () => {
    const dorte = await logInAs("Dorte Fleks");
    const before = await cvOf(dorte);
    const refusals: [Promise<unknown>, Record<string, string[]>][] = [
      [
        addCvExperience(null, posted({ title: "", employer: "Firma", from: "13.2019", to: "01.2018", description: "x" })),
        { title: ["cv.errors.titleMissing"], from: ["cv.errors.monthInvalid"] },
      ],
      [addCvExperience(null, posted({ title: "Kok", employer: "Kro", from: "05.2020", to: "04.2020" })), { to: ["cv.errors.periodBackwards"] }],
      [addCvExperience(null, posted({ title: "Kok\u0000", employer: "Kro", from: "05.2020" })), { title: ["cv.errors.textInvalid"] }],
      [
        saveCvContactDetails(null, posted({ email: "ikke en adresse", phone: "12345678" })),
        { email: ["cv.errors.emailInvalid"], phone: ["cv.errors.phoneInvalid"] },
      ],
      [saveCvDrivingLicences(null, posted({ licences: ["B", "Z"] })), { licences: ["cv.errors.licenceUnknown"] }],
      [changeCvWantedTitle(null, posted({ handling: "tilfoej", code: "'; drop table cvs; --" })), { code: ["cv.errors.titleUnknown"] }],
      [changeCvWantedTitle(null, posted({ handling: "tilfoej", code: "0000000" })), { _form: ["cv.errors.titleUnknown"] }],
    ];
    for (const [refusal, fieldErrors] of refusals) expect(await refusal).toMatchObject({ status: "error", fieldErrors });
    expect(await cvOf(dorte)).toEqual(before);
    expect(await db().select().from(cvVersions).where(eq(cvVersions.citizenId, dorte))).toEqual([]);
  });

  test("R3.3 a checkbox group's every ticked box arrives: two regions, three driving licences", async () => {
    const carl = await logInAs("Carl Ny");
    expect(await saveCvConditions(null, posted({ hours: "deltid", employment: "begge", regions: ["sjaelland", "nordjylland"] }))).toEqual({
      status: "ok",
      data: { searchable: false },
    });
    expect(await saveCvDrivingLicences(null, posted({ licences: ["CE", "B", "C"] }))).toMatchObject({ status: "ok" });
    const cv = await cvOf(carl);
    expect(cv).toMatchObject({
      conditionsHours: "deltid",
      conditionsEmployment: "begge",
      conditionsRegions: ["sjaelland", "nordjylland"],
      drivingLicences: ["B", "C", "CE"],
    });
    // Nothing ticked is a choice too: no driving licence.
    await saveCvDrivingLicences(null, posted({}));
    expect((await cvOf(carl))?.drivingLicences).toEqual([]);
  });

  test("R3.3 the switch refused (422) names each missing field, for the error summary to link to; a fleksjobansat is refused her conditions (403)", async () => {
    await logInAs("Carl Ny");
    expect(await setCvSearchable(null, posted({ searchable: "on" }))).toEqual({
      status: "error",
      fieldErrors: {
        hours: ["cv.errors.searchableNeedsHours"],
        employment: ["cv.errors.searchableNeedsEmployment"],
        regions: ["cv.errors.searchableNeedsRegions"],
        contactDetails: ["cv.errors.searchableNeedsContact"],
      },
      values: { searchable: "on" },
    });
    await logInAs("Dorte Fleks");
    expect(await saveCvConditions(null, posted({ hours: "fuldtid", employment: "fast", regions: "hovedstaden" }))).toMatchObject({
      status: "error",
      fieldErrors: { _form: ["cv.errors.conditionsByJobcenter"] },
    });
    expect(await setCvSearchable(null, posted({ searchable: "on" }))).toEqual({ status: "ok", data: { searchable: true } });
    expect(await setCvSearchable(null, posted({}))).toEqual({ status: "ok", data: { searchable: false } });
  });
});
