import { expect, test } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password";

test("X5 passwords are stored as argon2id hashes with OWASP's parameters", async () => {
  const hash = await hashPassword("Jobnet-Demo-2022");
  expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword(hash, "Jobnet-Demo-2022")).toBe(true);
  expect(await verifyPassword(hash, "jobnet-demo-2022")).toBe(false);
  expect(await verifyPassword("not a hash", "Jobnet-Demo-2022")).toBe(false);
});

test("X5 the decoy verification always fails", async () => {
  expect(await verifyAgainstDecoy("anything")).toBe(false);
});
