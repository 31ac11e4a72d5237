"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";

const noSubscription = () => () => {};

/** A chosen title: its code (what the form sends) and its label in the page's language. */
export type PickedTitle = { code: string; label: string };

/**
 * The occupation-title picker (Find job, and the CV's `Jeg søger job som`): a combobox that
 * suggests titles as the citizen types, searching titles and aliases on the server
 * (/api/stillingsbetegnelser), and the chosen titles as a list, each with a button named by
 * its title to remove it (a link to the page without it, until JavaScript runs). The form sends each chosen title as a `name` field, and the text
 * typed as `textName`, so without JavaScript the server reads what was typed (an exact title
 * or alias is chosen, anything else gives suggestions as links). Keyboard: arrows move in
 * the suggestions, Enter chooses, Escape closes.
 */
export function TitlePicker({
  name,
  textName,
  locale,
  initialTitles,
  initialText,
  removeHrefs = {},
  labels,
  inputId,
  error,
}: {
  name: string;
  textName: string;
  locale: string;
  initialTitles: PickedTitle[];
  initialText: string;
  /** Where each initially chosen title's remove link leads without JavaScript (the same page without it). */
  removeHrefs?: Record<string, string>;
  labels: { field: string; hint: string; chosen: string; remove: string; suggestions: string; noSuggestions: string; added: string; removed: string };
  /** The text field's id, where an error summary links to it; otherwise one of React's own. */
  inputId?: string;
  /** The field's error message, shown above the field and tied to it (GOV.UK's pattern). */
  error?: string;
}) {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const t = useTranslations("forms");
  const [titles, setTitles] = useState(initialTitles);
  const [text, setText] = useState(initialText);
  const [options, setOptions] = useState<PickedTitle[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  // Until the script runs, removing a title is a link; after, a button that removes it in place.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; controller: AbortController } | null>(null);

  // Suggestions follow what is typed, fetched once the citizen pauses (200 ms).
  const suggest = (typed: string) => {
    setText(typed);
    if (pending.current) {
      clearTimeout(pending.current.timer);
      pending.current.controller.abort();
    }
    const words = typed.trim();
    if (words.length < 2) {
      setOptions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/stillingsbetegnelser?q=${encodeURIComponent(words)}&sprog=${locale}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { titles: [] }))
        .then((body: { titles: PickedTitle[] }) => {
          setOptions(body.titles);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 200);
    pending.current = { timer, controller };
  };

  const choose = (title: PickedTitle) => {
    if (!titles.some((chosen) => chosen.code === title.code)) setTitles([...titles, title]);
    setAnnouncement(labels.added.replace("{title}", title.label));
    setText("");
    setOptions([]);
    setOpen(false);
    input.current?.focus();
  };

  const remove = (title: PickedTitle) => {
    setTitles(titles.filter((chosen) => chosen.code !== title.code));
    setAnnouncement(labels.removed.replace("{title}", title.label));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const listId = `${id}-forslag`;
  const showList = open && text.trim().length >= 2;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      {titles.length > 0 && (
        <div className="mb-3">
          <p id={`${id}-valgte`} className="mb-1 font-semibold">
            {labels.chosen}
          </p>
          <ul aria-labelledby={`${id}-valgte`} className="flex flex-wrap gap-2">
            {titles.map((title) => (
              <li key={title.code} className="flex items-center gap-1 rounded border-2 border-primary bg-white px-2 py-1">
                <input type="hidden" name={name} value={title.code} />
                <span>{title.label}</span>
                {enhanced || !removeHrefs[title.code] ? (
                  <button type="button" onClick={() => remove(title)} className="ml-1 rounded px-1 font-bold text-primary underline">
                    {labels.remove.replace("{title}", title.label)}
                  </button>
                ) : (
                  // Without JavaScript removing is a link to the same search without this title.
                  <a href={removeHrefs[title.code]} className="ml-1 px-1 font-bold">
                    {labels.remove.replace("{title}", title.label)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor={inputId ?? `${id}-tekst`} className="mb-1 block font-semibold">
        {labels.field}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-muted">
        {labels.hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mb-1 font-semibold text-error">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      )}
      <div className="relative max-w-sm">
        <input
          ref={input}
          id={inputId ?? `${id}-tekst`}
          name={textName}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => suggest(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          maxLength={200}
          className="block w-full rounded border-2 border-border px-3 py-2 text-base"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={labels.suggestions}
          hidden={!showList}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border-2 border-border bg-white shadow"
        >
          {options.length === 0 ? (
            <li role="option" aria-disabled="true" aria-selected="false" className="px-3 py-2 text-muted">
              {labels.noSuggestions}
            </li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.code}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
                className={`cursor-pointer px-3 py-2 ${index === active ? "bg-primary text-white" : ""}`}
              >
                {option.label}
              </li>
            ))
          )}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
