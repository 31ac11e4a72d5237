import { describe, expect, test } from "vitest";
import { actorKind } from "@/db/schema";
import { auditReasonLanguage } from "./reason-language";

describe("the language of an audit entry's reason", () => {
  test.each([
    ["staff", "da"],
    ["api_client", "da"],
    ["conversion", "da"],
    ["system", "da"],
    ["citizen", "en"],
  ] as const)("X2 a reason recorded by %s is marked %s", (kind, language) => {
    expect(auditReasonLanguage(kind)).toBe(language);
  });

  test("X2 every kind of actor has a language, Danish unless the portal wrote the note itself", () => {
    expect(actorKind.enumValues.filter((kind) => auditReasonLanguage(kind) !== "da")).toEqual(["citizen"]);
  });
});
