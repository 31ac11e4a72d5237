import { describeMode, languagesAndNoScript } from "../../fixtures/modes";
import { expect, test } from "../../fixtures/test";
import { Portal, type Language } from "../../pages/portal";

for (const language of ["da", "en"] as Language[]) {
  test(`R1.8 the footer's Hjælp section leads to both FAQs (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    const footer = page.getByRole("contentinfo");
    await portal.openFrontPage();
    await expect(footer.getByRole("heading", { name: portal.m.shell.footer.help })).toBeVisible();

    await footer.getByRole("link", { name: portal.m.shell.footer.faqJobseekers }).click();
    await portal.expectHeading(portal.m.faq.jobsoegere.title);
    const question = language === "da" ? "Skal meldes ledig - har ikke MitID/NemID" : "Must register as unemployed - do not have MitID/NemID";
    const entry = page.locator("#skal-meldes-ledig-har-ikke-mitid-nemid");
    await expect(entry.getByRole("heading", { name: question })).toBeVisible();
    await expect(entry.getByRole("link", { name: new RegExp(portal.m.faq.linkToAnswer) })).toHaveAttribute("href", "#skal-meldes-ledig-har-ikke-mitid-nemid");

    await page.getByRole("contentinfo").getByRole("link", { name: portal.m.shell.footer.faqEmployers }).click();
    await portal.expectHeading(portal.m.faq.arbejdsgivere.title);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  });

  test(`R1.7 the read-aloud help is linked from the footer under Hjælp and nowhere else (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    for (const path of ["/", "/log-ind/brugerkoder", "/opret", "/hjaelp/faq-jobsoegere"] as const) {
      await page.goto(portal.path(path));
      const links = page.locator(`a[href="${portal.path("/hjaelp/hoejtlaesning")}"]`);
      await expect(links).toHaveCount(1);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: portal.m.shell.footer.readAloud })).toBeVisible();
    }
    await page.getByRole("contentinfo").getByRole("link", { name: portal.m.shell.footer.readAloud }).click();
    await portal.expectHeading(portal.m.readAloud.title);
  });

  test(`R1.5 the privacy policy is a real page (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    await page.goto(portal.path("/politik-om-persondata"));
    await portal.expectHeading(portal.m.privacy.title);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(portal.m.privacy.sections.length);
  });

  test(`B3 the accessibility statement is in the footer under Hjælp, in the form Danish public websites use (${language})`, async ({ page }) => {
    const portal = new Portal(page, language);
    const m = portal.m.accessibilityStatement;
    await portal.openFrontPage();
    await page.getByRole("contentinfo").getByRole("link", { name: portal.m.shell.footer.accessibilityStatement }).click();
    await portal.expectHeading(m.title);
    const main = page.getByRole("main");
    for (const heading of [m.statusHeading, m.gapsHeading, m.preparationHeading, m.feedbackHeading, m.enforcementHeading]) {
      await expect(main.getByRole("region", { name: heading })).toBeVisible();
    }
    await expect(main.getByRole("region", { name: m.statusHeading })).toContainText("WCAG 2.1");
    await expect(main.getByRole("region", { name: m.gapsHeading }).getByRole("listitem")).toHaveCount(m.gaps.length);
    // B3 X1 The letters of Min beskedbakke are PDFs pdfmake cannot tag: said as a known limitation, with the same text on the message's page as the alternative.
    const untaggedLetters = main.getByRole("region", { name: m.gapsHeading }).getByRole("listitem").filter({ hasText: portal.m.beskeder.title });
    await expect(untaggedLetters).toHaveCount(1);
    await expect(untaggedLetters).toContainText(language === "da" ? "ikke tagget til skærmlæsere" : "not tagged for screen readers");
    await expect(untaggedLetters).toContainText(language === "da" ? "beskedens side" : "the message's page");
    await expect(main.getByRole("region", { name: m.preparationHeading })).toContainText(language === "da" ? "26. november 2026" : "26 November 2026");
    await expect(main.getByRole("region", { name: m.preparationHeading })).toContainText(language === "da" ? "1. december 2026" : "1 December 2026");
    await expect(main.getByRole("region", { name: m.feedbackHeading }).getByRole("link", { name: "star@star.dk" })).toHaveAttribute(
      "href",
      "mailto:star@star.dk",
    );
    // The agency's complaint form is in Danish only, and the link says so.
    await expect(main.getByRole("region", { name: m.enforcementHeading }).getByRole("link", { name: m.enforcementLink })).toHaveAttribute("hreflang", "da");
    if (language === "en") expect(m.enforcementLink).toContain("(in Danish)");
  });
}

for (const { language, javaScript } of languagesAndNoScript) {
  const mode = describeMode({ language, javaScript });
  test.describe(`Contacting Jobnet support (${mode})`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test(`R1.8 'Kontakt Jobnetsupporten' gives a phone number, opening hours and the support request (${mode})`, async ({ page }) => {
      const portal = new Portal(page, language, javaScript);
      const m = portal.m.jobnetSupport;
      // In the footer of every page, and where the citizen is told to contact support.
      for (const [path, where] of [
        ["/", page.getByRole("contentinfo")],
        ["/log-ind/glemt-adgangskode", page.getByRole("main")],
      ] as const) {
        await page.goto(portal.path(path));
        const phone = where.getByRole("link", { name: m.phone });
        await expect(phone).toHaveAttribute("href", `tel:+45${m.phone.replace(/\s/g, "")}`);
        await expect(where.getByText(m.hours)).toBeVisible();
        await expect(where.getByRole("link", { name: m.requestLink })).toHaveAttribute("href", portal.path("/supporthenvendelse"));
      }
      await expect(page.getByRole("main").getByRole("heading", { name: m.heading })).toBeVisible();
      await page.getByRole("main").getByRole("link", { name: m.requestLink }).click();
      await portal.expectHeading(portal.m.supportRequest.title);
    });
  });
}
