import { expect, type Page } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { MitidSimulatorPage } from "./mitid-simulator";
import type { Language } from "./portal";

/** The staff tools, driven by role and accessible name in either language. */
export class StaffPortal {
  readonly m: (typeof da)["staff"];
  readonly errors: (typeof da)["errors"];

  constructor(
    readonly page: Page,
    readonly language: Language = "da",
  ) {
    this.m = (language === "da" ? da : en).staff;
    this.errors = (language === "da" ? da : en).errors;
  }

  path(path: `/${string}`): string {
    return this.language === "da" ? path : `/en${path}`;
  }

  /** The staff entry point → MitID Erhverv in the simulator → the staff front page. */
  async logIn(name: string) {
    await this.page.goto(this.path("/medarbejder"));
    await this.page.getByRole("button", { name: this.m.login.button }).click();
    await new MitidSimulatorPage(this.page).logInAs(name);
    await expect(this.page.getByRole("heading", { level: 1, name: this.m.home.welcome.replace("{name}", name) })).toBeVisible();
  }

  async findForSupport(query: string) {
    await this.page.goto(this.path("/medarbejder/support"));
    await this.page.getByLabel(this.m.citizen.cprOrUsername).fill(query);
    await this.page.getByRole("button", { name: this.m.citizen.searchButton }).click();
  }

  async findForJobcenter(cpr: string) {
    await this.page.goto(this.path("/medarbejder/jobcenter"));
    await this.page.getByRole("textbox", { name: this.m.citizen.cpr }).first().fill(cpr);
    await this.page.getByRole("button", { name: this.m.citizen.searchButton }).click();
  }

  flagStatus() {
    return this.page.getByTestId("brugerkode-flag");
  }

  /** The username and one-time password the page shows this once. */
  async issuedCredentials(): Promise<{ username: string; password: string }> {
    await expect(this.page.getByRole("heading", { name: this.m.oneTime.title })).toBeVisible();
    return {
      username: (await this.page.getByTestId("issued-username").innerText()).trim(),
      password: (await this.page.getByTestId("issued-password").innerText()).trim(),
    };
  }
}
