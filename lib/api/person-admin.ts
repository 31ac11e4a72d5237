import "server-only";
import { NotFoundError } from "@/lib/errors";
import { registerCitizenAtJobcenter, setBrugerkodeFlag } from "@/lib/identity/mutations";
import { findCitizenIdByCpr, getCitizenAdminOverview, type CitizenAdminOverview } from "@/lib/identity/queries";
import { apiRoute, type ApiClientIdentity } from "./route";
import { citizenLookupRequest, registerCitizenRequest, setFlagRequest, type citizenAdminData } from "./schemas";
import type { z } from "zod";

// The PersonAdminService endpoints (R1.1d, B1). Route files only mount these.

function adminData(citizen: CitizenAdminOverview): z.input<typeof citizenAdminData> {
  const codes = citizen.brugerkode;
  return {
    cpr: citizen.cpr,
    navn: citizen.name,
    kontaktgruppe: citizen.contactGroup,
    jobnetprofil: citizen.profile
      ? {
          oprettet: citizen.profile.createdAt.toISOString(),
          oprettetAf: citizen.profile.createdVia === "mitid" ? "borger" : "jobcenter",
          senesteMitidLogin: citizen.profile.lastMitidLoginAt?.toISOString() ?? null,
        }
      : null,
    brugernavn: codes?.username ?? null,
    brugerkodeFlag: {
      sat: codes?.flagged ?? false,
      aendret: codes?.flagChangedAt?.toISOString() ?? null,
      aendretAf: (codes?.flagChangedByKind as z.input<typeof citizenAdminData>["brugerkodeFlag"]["aendretAf"]) ?? null,
    },
  };
}

async function overviewByCpr(cpr: string, client: ApiClientIdentity): Promise<CitizenAdminOverview> {
  const viewer = { kind: "api_client" as const, id: client.id };
  const citizenId = await findCitizenIdByCpr({ cpr, viewer });
  const overview = citizenId ? await getCitizenAdminOverview({ citizenId, viewer }) : null;
  if (!overview) throw new NotFoundError("citizen");
  return overview;
}

/** POST /api/v1/borgere: register a citizen at a jobcenter. Username and password are always "Ukendt" (R1.1d). */
export const registerCitizen = apiRoute(registerCitizenRequest, async ({ cpr, navn, jobcenter }, { client }) => {
  const registered = await registerCitizenAtJobcenter({ cpr, name: navn, jobcenter, actor: { kind: "api_client", id: client.id } });
  return {
    status: registered.created ? 201 : 200,
    body: { cpr, navn, jobnetprofil: registered.hasProfile, brugernavn: "Ukendt", adgangskode: "Ukendt" },
  };
});

/** POST /api/v1/borgere/opslag: a citizen's administrative data, with the brugerkode flag (B1). */
export const lookUpCitizen = apiRoute(citizenLookupRequest, async ({ cpr }, { client }) => ({
  status: 200,
  body: adminData(await overviewByCpr(cpr, client)),
}));

/** PUT /api/v1/borgere/brugerkodeflag: set or remove the brugerkode flag, with a reason (B1). */
export const setFlag = apiRoute(setFlagRequest, async ({ cpr, flag, begrundelse }, { client }) => {
  const { citizenId } = await overviewByCpr(cpr, client);
  await setBrugerkodeFlag({ citizenId, flagged: flag, reason: begrundelse, actor: { kind: "api_client", id: client.id } });
  return { status: 200, body: adminData(await overviewByCpr(cpr, client)) };
});
