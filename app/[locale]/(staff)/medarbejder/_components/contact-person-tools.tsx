import { getTranslations } from "next-intl/server";
import { TypedText } from "@/components/typed-text";
import { ActionForm } from "@/components/action-form";
import type { Actor } from "@/lib/audit/mutations";
import { SubmitButton } from "@/components/submit-button";
import { removeContactPersonAction } from "@/lib/contacts/actions";
import { formatPhone } from "@/lib/contacts/phone";
import { listContactPersons } from "@/lib/contacts/queries";
import { AddContactPersonForm } from "./contact-person-form";
import { Section } from "@/components/section";

/** Jobcenter: the citizen's contact persons as the citizen sees them, to add to or remove from (R2.2). */
export async function ContactPersonTools({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, roles, contacts] = await Promise.all([
    getTranslations("staff.contacts"),
    getTranslations("contactPersons.roles"),
    listContactPersons({ citizenId, viewer }),
  ]);
  return (
    <Section headingId="contacts-tool-heading" heading={t("title")} className="mb-10 rounded border border-border p-6">
      <p className="mb-4">{t("intro")}</p>
      {contacts.length === 0 ? (
        <p className="mb-6">{t("none")}</p>
      ) : (
        <ul className="mb-8 list-none space-y-4">
          {contacts.map((contact) => (
            <li key={contact.id} className="flex flex-wrap items-start justify-between gap-4 border-b border-border pb-4">
              <div>
                <p className="font-semibold">{contact.name}</p>
                <p>
                  {roles(contact.role)}
                  {contact.organisation && (
                    <>
                      , <TypedText>{contact.organisation}</TypedText>
                    </>
                  )}
                </p>
                <p>{[contact.phone && formatPhone(contact.phone), contact.email].filter(Boolean).join(" · ") || t("noDetails")}</p>
              </div>
              <ActionForm action={removeContactPersonAction} fields={{ citizenId, contactPersonId: contact.id }}>
                <SubmitButton variant="secondary" aria-label={t("removeLabel", { name: contact.name })}>
                  {t("remove")}
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mb-3 text-lg font-semibold">{t("addTitle")}</h3>
      <AddContactPersonForm citizenId={citizenId} />
    </Section>
  );
}
