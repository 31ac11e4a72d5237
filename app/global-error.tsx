"use client";

import "./globals.css";

// The last resort, when even the page shell failed: no translations are available here, so both languages show.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="da">
      <body className="mx-auto max-w-3xl px-4 py-10">
        <main>
          <h1 className="mb-4">Der opstod en fejl</h1>
          <p className="mb-4">Vi kunne ikke vise siden. Prøv igen om lidt.</p>
          <p className="mb-8" lang="en">
            Something went wrong. Try again in a little while.
          </p>
          {error.digest && <p className="mb-4">Fejlkode / error code: {error.digest}</p>}
          {/* A plain link on purpose: after an error in the shell a full page load starts it afresh. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
          <a href="/">Jobnet</a>
        </main>
      </body>
    </html>
  );
}
