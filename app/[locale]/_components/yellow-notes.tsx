import { getLocale } from "next-intl/server";
import { contentNow } from "@/lib/clock";
import { listActiveYellowNotes, type LocalizedYellowNote } from "@/lib/content/queries";

/**
 * One yellow note (gul seddel): a region named by its heading, so screen reader users can
 * find and skip it. The editors' preview uses this same component.
 */
export function YellowNote({ note, headingLevel = 2 }: { note: LocalizedYellowNote; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`gul-seddel-${note.id}`} className="yellow-note max-w-prose border-l-8 border-[#e0b400] bg-note p-4 shadow-sm">
      <Heading id={`gul-seddel-${note.id}`} className="mb-2 text-xl">
        {note.title}
      </Heading>
      <div className="rich-text" dangerouslySetInnerHTML={{ __html: note.html }} />
    </section>
  );
}

/** The published yellow notes for this place and visitor, at this moment. */
export async function YellowNotes({ placement, loggedIn }: { placement: "front_page" | "login_pages"; loggedIn: boolean }) {
  const locale = await getLocale();
  const notes = await listActiveYellowNotes({ placement, loggedIn, locale, now: await contentNow() });
  if (notes.length === 0) return null;
  return (
    <div className="mb-8 space-y-4">
      {notes.map((note) => (
        <YellowNote key={note.id} note={note} />
      ))}
    </div>
  );
}
