import { expect, type Page } from "@playwright/test";
import type { TokenFault } from "@/mitid-simulator/identities";

/** The faults the simulator can inject into a login's ID token, by the name a tester sees. */
export const simulatorFaults: Record<TokenFault, string> = {
  "wrong-iss": "Forkert udsteder (iss)",
  "wrong-aud": "Forkert modtager (aud)",
  "bad-signature": "Ugyldig signatur",
  expired: "Udløbet token (exp)",
  "not-yet-valid": "Token endnu ikke gyldigt (nbf, iat)",
  "nonce-mismatch": "Forkert nonce",
};

/** The MitID simulator's login page, as a tester sees it. */
export class MitidSimulatorPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole("heading", { name: "MitID simulator" })).toBeVisible();
  }

  async chooseAssuranceLevel(level: "Low" | "Substantial" | "High") {
    await this.page.getByLabel("Sikringsniveau").selectOption(level);
  }

  /** Navne- og adressebeskyttelse for this login. */
  async chooseNameAndAddressProtection() {
    await this.page.getByRole("checkbox", { name: "Navne- og adressebeskyttelse" }).check();
  }

  /** A fault in this login's ID token, which the portal must refuse. */
  async injectFault(fault: TokenFault) {
    await this.page.getByRole("group", { name: "Fejl i ID-tokenet" }).getByRole("radio", { name: simulatorFaults[fault], exact: true }).check();
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
