"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/button";
import { FormPage, type FormPageText } from "@/components/form-page";
import { lazySchemaResolver } from "@/components/lazy-schema-resolver";
import type { CreationConsentInput } from "@/lib/identity/schema";

/**
 * `Jeg har læst Politik om persondata` and `OPRET VIA MitID`. The form posts straight to
 * the MitID login (no JavaScript needed); the server refuses it without the tick, and with
 * JavaScript the same schema says so before leaving the page.
 */
export function CreationForm({
  csrfToken,
  callbackUrl,
  consentMissing,
  page,
}: {
  csrfToken: string;
  callbackUrl: string;
  consentMissing: boolean;
  page: FormPageText;
}) {
  const t = useTranslations("creation");
  const formRef = useRef<HTMLFormElement>(null);
  const [{ resolver, preload }] = useState(() =>
    lazySchemaResolver<CreationConsentInput>(() => import("@/lib/identity/schema").then((m) => m.creationConsentSchema)),
  );
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<CreationConsentInput>({ resolver, shouldFocusError: false });

  const missing = errors.persondata ? true : submitCount === 0 && consentMissing;
  const message = t("errors.persondataMissing");

  return (
    <FormPage page={page} summary={{ title: t("errorSummaryTitle"), errors: missing ? [{ fieldId: "persondata", message }] : [], focusKey: submitCount }}>
      <form
        ref={formRef}
        method="post"
        action="/api/auth/signin/mitid"
        noValidate
        onFocus={preload}
        onSubmit={(event) => handleSubmit(() => formRef.current?.submit())(event)}
      >
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className={`mb-6 ${missing ? "border-l-4 border-error pl-4" : ""}`}>
          {missing && (
            <p id="persondata-error" className="mb-2 font-semibold text-error">
              {message}
            </p>
          )}
          <div className="flex items-start gap-3">
            <input
              id="persondata"
              type="checkbox"
              value="on"
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
              aria-describedby={missing ? "persondata-error" : undefined}
              aria-invalid={missing || undefined}
              {...register("persondata")}
            />
            <label htmlFor="persondata" className="font-semibold">
              {t("consentLabel")}
            </label>
          </div>
        </div>
        <button type="submit" className={buttonStyles.mitid}>
          {t("submit")}
        </button>
      </form>
    </FormPage>
  );
}
