"use client";

/**
 * What a form says after it was sent. Without JavaScript the page comes back with it and the
 * browser gives it focus (`autofocus`); with JavaScript it is announced from a polite status
 * region while focus stays in the form.
 */
export function Feedback({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <p
          tabIndex={-1}
          // Rendered on the server only in the answer to the citizen's own post: without JavaScript
          // the browser moves focus to what their press did, as GOV.UK's notification banner does.
          // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
          autoFocus
          className="mb-4 max-w-prose border-l-8 border-[#00703c] bg-[#e6f4ea] p-3 font-semibold"
        >
          {message}
        </p>
      )}
    </div>
  );
}
