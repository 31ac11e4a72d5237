import { getLocale } from "next-intl/server";
import { listActiveYellowNotes } from "@/lib/content/queries";

/**
 * The published yellow notes (gule sedler) for this place and visitor. Each is a region
 * named by its heading, so screen reader users can find and skip it.
 */
export async function YellowNotes({ placement, loggedIn }: { placement: "front_page" | "login_pages"; loggedIn: boolean }) {
  const locale = await getLocale();
  const notes = await listActiveYellowNotes({ placement, loggedIn, locale });
  if (notes.length === 0) return null;
  return (
    <div className="mb-8 space-y-4">
      {notes.map((note) => (
        <section
          key={note.id}
          aria-labelledby={`gul-seddel-${note.id}`}
          className="max-w-prose border-l-8 border-[#e0b400] bg-note p-4 shadow-sm"
        >
          <h2 id={`gul-seddel-${note.id}`} className="mb-2 text-xl">
            {note.title}
          </h2>
          {note.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
