import { expect, type Page } from "@playwright/test";

/** The MitID simulator's login page, as a tester sees it. */
export class MitidSimulatorPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole("heading", { name: "MitID simulator" })).toBeVisible();
  }

  async chooseAssuranceLevel(level: "Low" | "Substantial" | "High") {
    await this.page.getByLabel("Sikringsniveau").selectOption(level);
  }

  async logInAs(name: string) {
    await this.expectShown();
    await this.page.getByRole("button", { name, exact: true }).click();
  }

  async logInWithCpr(cpr: string) {
    await this.expectShown();
    await this.page.getByLabel("CPR-nummer").fill(cpr);
    await this.page.getByRole("button", { name: "Log ind", exact: true }).click();
  }

  async cancel() {
    await this.expectShown();
    await this.page.getByRole("button", { name: "Afbryd" }).click();
  }
}
