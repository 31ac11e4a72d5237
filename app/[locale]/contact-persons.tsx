import { getTranslations } from "next-intl/server";
import { TypedText } from "@/components/typed-text";
import { listContactPersons } from "@/lib/contacts/queries";
import { formatPhone } from "@/lib/contacts/phone";

/**
 * The citizen's contact persons, for the front page's right column (R2.2): each with name,
 * role and every contact detail the jobcenter has, phone and e-mail as links that call or
 * write. A person without details says so, rather than showing a bare name. Only ever the
 * logged-in citizen's own.
 */
export async function ContactPersons({ citizenId }: { citizenId: string }) {
  const [t, contacts] = await Promise.all([getTranslations("contactPersons"), listContactPersons({ citizenId, viewer: { kind: "citizen", id: citizenId } })]);
  return (
    <aside aria-labelledby="kontaktpersoner" className="rounded border border-border bg-surface p-5">
      <h2 id="kontaktpersoner" className="mb-4 text-xl">
        {t("heading")}
      </h2>
      {contacts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="list-none space-y-6">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <h3 className="text-lg font-semibold">{contact.name}</h3>
              <p className="mb-1 text-muted">
                {t(`roles.${contact.role}`)}
                {contact.organisation && (
                  <>
                    , <TypedText>{contact.organisation}</TypedText>
                  </>
                )}
              </p>
              {contact.phone || contact.email ? (
                <dl>
                  {contact.phone && (
                    <div className="flex flex-wrap gap-x-2">
                      <dt>{t("phone")}:</dt>
                      <dd>
                        <a href={`tel:${contact.phone}`}>{formatPhone(contact.phone)}</a>
                      </dd>
                    </div>
                  )}
                  {contact.email && (
                    <div className="flex flex-wrap gap-x-2">
                      <dt>{t("email")}:</dt>
                      <dd className="break-all">
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </dd>
                    </div>
                  )}
                </dl>
              ) : (
                <p>{t("noDetails")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
