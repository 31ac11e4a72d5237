import { expect, type Page } from "@playwright/test";

export type Language = "da" | "en";

const texts = {
  da: {
    mitidButton: "Log ind med MitID",
    brugerkodeLink: "Har du ikke MitID? Gå til log ind med brugerkoder",
    brugerkodeTitle: "Log ind med brugernavn og adgangskode",
    username: "Brugernavn",
    password: "Adgangskode",
    submit: "Log ind",
    welcome: (name: string) => `Velkommen, ${name}`,
    logout: "Log ud",
    loggedOut: "Du er logget ud",
    notRecognised: /Vi kan ikke genkende dit brugernavn og din adgangskode/,
    problem: "Der er et problem",
  },
  en: {
    mitidButton: "Log in with MitID",
    brugerkodeLink: "Don't have MitID? Go to log in with username and password",
    brugerkodeTitle: "Log in with username and password",
    username: "Username",
    password: "Password",
    submit: "Log in",
    welcome: (name: string) => `Welcome, ${name}`,
    logout: "Log out",
    loggedOut: "You are logged out",
    notRecognised: /We do not recognise your username and password/,
    problem: "There is a problem",
  },
} as const;

/** The portal's pages, driven by role and accessible name in either language. */
export class Portal {
  readonly text;

  constructor(
    private readonly page: Page,
    readonly language: Language = "da",
  ) {
    this.text = texts[language];
  }

  path(path: `/${string}`): string {
    if (this.language === "da") return path;
    return path === "/" ? "/en" : `/en${path}`;
  }

  async openFrontPage() {
    await this.page.goto(this.path("/"));
  }

  async startMitidLogin() {
    await this.page.getByRole("button", { name: this.text.mitidButton }).click();
  }

  async openBrugerkodeLogin() {
    await this.openFrontPage();
    await this.page.getByRole("link", { name: this.text.brugerkodeLink }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: this.text.brugerkodeTitle })).toBeVisible();
  }

  async submitBrugerkoder(username: string, password: string) {
    await this.page.getByLabel(this.text.username).fill(username);
    await this.page.getByLabel(this.text.password).fill(password);
    await this.page.getByRole("button", { name: this.text.submit, exact: true }).click();
  }

  async expectWelcome(name: string) {
    await expect(this.page.getByRole("heading", { level: 1, name: this.text.welcome(name) })).toBeVisible();
  }

  async logOut() {
    await this.page.getByRole("button", { name: this.text.logout }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: this.text.loggedOut })).toBeVisible();
  }
}
