import { getFormatter, getTranslations } from "next-intl/server";
import { citizenPage } from "@/lib/pages";
import { danishToday, firstDayBounds, toDateParts } from "@/lib/tilmelding/first-day";
import { getTilmelding } from "@/lib/tilmelding/queries";
import { TilmeldingClosed } from "../_components/tilmelding-closed";
import { stepText } from "../_components/step-page";
import { FirstDayForm } from "./first-day-form";

/** `Tilmelding`, step 1 (R1.7): the first day of unemployment, as day, month and year, with the rules in the hint. */
const page = citizenPage<object, { fra?: string }>("form", async ({ locale, citizen, searchParams }) => {
  const [t, format, tilmelding, { fra }] = await Promise.all([
    getTranslations("tilmelding"),
    getFormatter(),
    getTilmelding({ citizenId: citizen.citizenId }),
    searchParams,
  ]);
  if (tilmelding?.status === "sent") return <TilmeldingClosed locale={locale} reason="sent" sentAt={tilmelding.sentAt} />;
  const today = danishToday();
  const { earliest, latest } = firstDayBounds(today);
  // A calendar day: noon UTC is the same day in Denmark.
  const long = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
  const example = toDateParts(today);
  const text = await stepText(locale, "firstDay", fra);
  return (
    <div className="max-w-prose">
      <FirstDayForm
        locale={locale}
        step={text}
        legend={t("firstDay.legend")}
        hint={t("firstDay.hint", { example: `${example.day} ${example.month} ${example.year}`, earliest: long(earliest), latest: long(latest) })}
        labels={{ day: t("firstDay.day"), month: t("firstDay.month"), year: t("firstDay.year") }}
        saved={tilmelding?.firstDay ? toDateParts(tilmelding.firstDay) : undefined}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
