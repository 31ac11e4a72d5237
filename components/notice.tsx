import type { ReactNode } from "react";

/** A confirmation shown after something succeeded; announced politely by screen readers. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="mb-8 max-w-prose border-l-8 border-[#00703c] bg-[#e6f4ea] p-4 font-semibold">
      {children}
    </div>
  );
}
