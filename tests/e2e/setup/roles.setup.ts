import { test as setup } from "@playwright/test";
import { authState, staffByRole } from "@/tests/support/auth-states";
import { Portal } from "../../pages/portal";
import { StaffPortal } from "../../pages/staff";

// Logged-in state is made once per role, through the MitID simulator: the real flow.
for (const [role, name] of Object.entries(staffByRole) as [keyof typeof staffByRole, string][]) {
  setup(`log in as ${name} (${role})`, async ({ page }) => {
    await new StaffPortal(page).logIn(name);
    await page.context().storageState({ path: authState(role) });
  });
}

setup("log in as Anna Andersen (citizen)", async ({ page }) => {
  const portal = new Portal(page);
  await portal.logInWithMitid({ name: "Anna Andersen" });
  await portal.expectWelcome("Anna Andersen");
  await page.context().storageState({ path: authState("citizen") });
});
