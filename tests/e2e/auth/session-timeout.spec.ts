import { DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { expect, test } from "../../fixtures/test";
import { Portal } from "../../pages/portal";

test("X1 a logged-in citizen is warned before the idle timeout and can stay logged in (WCAG 2.2.1)", async ({ page, axe }) => {
  await page.clock.install();
  const portal = new Portal(page, "da");
  await portal.logInWithBrugerkoder("bent.brugerkode", DEMO_PASSWORD);
  await portal.expectWelcome("Bent Brugerkode");

  await page.clock.fastForward("25:01");
  const dialog = page.getByRole("dialog", { name: "Er du der stadig?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Forbliv logget ind" })).toBeFocused();
  await axe.check();
  await dialog.getByRole("button", { name: "Forbliv logget ind" }).click();
  await expect(dialog).toBeHidden();
  await portal.expectWelcome("Bent Brugerkode");

  await page.clock.fastForward("30:01");
  await expect(page.getByRole("dialog", { name: "Du er logget ud" })).toBeVisible();
});
