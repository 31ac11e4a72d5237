import fc from "fast-check";
import type { ResolverOptions } from "react-hook-form";
import { describe, expect, test } from "vitest";
import { brugerkodeLoginSchema, type BrugerkodeLoginInput } from "@/lib/identity/schema";
import { supportRequestSchema, type SupportRequestInput } from "@/lib/support/schema";
import { lazySchemaResolver } from "./lazy-schema-resolver";

/** What react-hook-form passes a resolver; the lazy resolver hands it on unread. */
function options<Values extends Record<string, unknown>>(): ResolverOptions<Values> {
  return { shouldUseNativeValidation: false, fields: {} } as ResolverOptions<Values>;
}

describe("a form's schema loaded on first use", () => {
  test("X3 gives the same verdict as the schema itself, with messages as keys from the root of the message files", async () => {
    const { resolver } = lazySchemaResolver<BrugerkodeLoginInput>(async () => brugerkodeLoginSchema);
    await fc.assert(
      fc.asyncProperty(fc.record({ username: fc.string({ maxLength: 80 }), password: fc.string({ maxLength: 300 }) }), async (values) => {
        const result = await resolver(values, undefined, options<BrugerkodeLoginInput>());
        const parsed = brugerkodeLoginSchema.safeParse(values, { error: () => "invalid" });
        expect(Object.keys(result.errors).length === 0).toBe(parsed.success);
        for (const issue of parsed.success ? [] : parsed.error.issues) {
          expect(result.errors[issue.path[0] as keyof BrugerkodeLoginInput]?.message).toBe(`brugerkodeLogin.errors.${issue.message}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  test("X3 names each field's problem under the form's own namespace", async () => {
    const { resolver } = lazySchemaResolver<SupportRequestInput>(async () => supportRequestSchema);
    const result = await resolver({ name: "", cpr: "", phone: "12", situation: "" }, undefined, options<SupportRequestInput>());
    expect(result.errors.name?.message).toBe("supportRequest.errors.nameMissing");
    expect(result.errors.phone?.message).toBe("supportRequest.errors.phoneInvalid");
  });

  test("X3 a schema that cannot be loaded lets the form go to the server, which checks it, and is tried again next time", async () => {
    let attempts = 0;
    const { resolver, preload } = lazySchemaResolver<BrugerkodeLoginInput>(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("offline");
      return brugerkodeLoginSchema;
    });
    preload();
    const values = { username: "", password: "" };
    expect(await resolver(values, undefined, options<BrugerkodeLoginInput>())).toEqual({ values, errors: {} });
    const second = await resolver(values, undefined, options<BrugerkodeLoginInput>());
    expect(second.errors.username?.message).toBe("brugerkodeLogin.errors.usernameMissing");
  });
});
