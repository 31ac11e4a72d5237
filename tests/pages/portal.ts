import { expect, type Page } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { MitidSimulatorPage } from "./mitid-simulator";

export type Language = "da" | "en";

/**
 * The portal's pages, driven by role and accessible name in either language. Names come
 * from the message files; tests that prove the release note's exact wording spell it out.
 */
export class Portal {
  readonly m: typeof da;
  readonly mitid: MitidSimulatorPage;

  constructor(
    readonly page: Page,
    readonly language: Language = "da",
    /** Whether the browser runs JavaScript; without it some pages wait for a press. */
    readonly javaScript = true,
  ) {
    this.m = language === "da" ? da : en;
    this.mitid = new MitidSimulatorPage(page);
  }

  path(path: `/${string}`): string {
    if (this.language === "da") return path;
    return path === "/" ? "/en" : `/en${path}`;
  }

  heading(name: string | RegExp) {
    return this.page.getByRole("heading", { level: 1, name });
  }

  async expectHeading(name: string | RegExp) {
    await expect(this.heading(name)).toBeVisible();
  }

  async openFrontPage() {
    await this.page.goto(this.path("/"));
  }

  async startMitidLogin() {
    await this.page.getByRole("button", { name: this.m.mitid.loginButton }).click();
  }

  /** Front page → MitID → the simulator, as a demo person (by name) or any CPR number. */
  async logInWithMitid(who: { name: string } | { cpr: string }) {
    await this.openFrontPage();
    await this.startMitidLogin();
    if ("name" in who) await this.mitid.logInAs(who.name);
    else await this.mitid.logInWithCpr(who.cpr);
  }

  async openBrugerkodeLogin() {
    await this.openFrontPage();
    await this.page.getByRole("link", { name: this.m.frontPage.brugerkodeLink }).click();
    await this.expectHeading(this.m.brugerkodeLogin.title);
  }

  async submitBrugerkoder(username: string, password: string) {
    await this.page.getByLabel(this.m.brugerkodeLogin.username).fill(username);
    await this.page.getByLabel(this.m.brugerkodeLogin.password).fill(password);
    await this.page.getByRole("button", { name: this.m.brugerkodeLogin.submit, exact: true }).click();
  }

  async logInWithBrugerkoder(username: string, password: string) {
    await this.openBrugerkodeLogin();
    await this.submitBrugerkoder(username, password);
  }

  errorSummary() {
    return this.page.getByRole("alert", { name: this.m.brugerkodeLogin.errorSummaryTitle });
  }

  /**
   * After a failed submit (X1): the page's title starts with `Fejl:`/`Error:`, and the error
   * summary is the first thing in the main content — before the heading — and has focus.
   */
  async expectFailedSubmit(summaryTitle: string) {
    const prefix = this.m.metadata.errorTitle.replace("{title}", "");
    await expect(this.page).toHaveTitle(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\S`));
    const summary = this.page.getByRole("alert", { name: summaryTitle });
    await expect(summary).toBeFocused();
    const main = this.page.getByRole("main");
    const [mainText, summaryText] = [(await main.innerText()).trim(), (await summary.innerText()).trim()];
    expect(mainText.startsWith(summaryText), "the error summary comes first in the main content").toBe(true);
    expect(
      await summary.evaluate((element) => element.compareDocumentPosition(document.querySelector("main h1")!) & Node.DOCUMENT_POSITION_FOLLOWING),
    ).toBeTruthy();
    return summary;
  }

  async expectNotRecognised() {
    await expect(this.errorSummary()).toContainText(this.m.brugerkodeLogin.notRecognised);
  }

  async expectWelcome(name: string) {
    await this.expectHeading(this.m.frontPage.welcomeHeading.replace("{name}", name));
  }

  async expectLoggedOut() {
    await expect(this.page.getByRole("button", { name: this.m.shell.logout })).toHaveCount(0);
  }

  /**
   * The whole creation flow (R1.5): `OPRET MIG MED MitID`, the privacy tick, MitID, the terms
   * and `OPRET MIG`, ending on the front page with the welcome message.
   */
  async createProfile(who: { name: string } | { cpr: string }) {
    await this.openFrontPage();
    await this.page.getByRole("link", { name: this.m.frontPage.createButton }).click();
    await this.page.getByRole("checkbox", { name: this.m.creation.consentLabel }).check();
    await this.page.getByRole("button", { name: this.m.creation.submit }).click();
    if ("name" in who) await this.mitid.logInAs(who.name);
    else await this.mitid.logInWithCpr(who.cpr);
    await this.expectHeading(this.m.terms.title);
    await this.page.getByRole("button", { name: this.m.terms.submit }).click();
    await expect(this.page.getByRole("status")).toHaveText(this.m.frontPage.welcomeNew);
  }

  /** Presses `Log ud` and, after a MitID login, follows the broker's logout to the logged-out page. */
  async logOut({ mitid }: { mitid: boolean }) {
    await this.page.getByRole("button", { name: this.m.shell.logout }).click();
    if (mitid) await this.followBrokerLogout();
    await this.expectHeading(this.m.loggedOut.title);
  }

  /**
   * After a MitID session ends the citizen passes the broker's logout page, which submits
   * itself; without JavaScript the citizen presses its button.
   */
  async followBrokerLogout() {
    if (this.javaScript) return;
    await this.page.getByRole("button", { name: "Log ud", exact: true }).click();
  }
}

/** A CPR number no one else in the run uses, for a test that creates a citizen of its own. */
export function freshCpr(): string {
  return `99${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}
