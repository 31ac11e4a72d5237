/** A breadcrumb trail: every crumb but the last links to an existing page; the last is this page. */
export function Breadcrumb({ label, crumbs, current }: { label: string; crumbs: { href: string; text: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-6">
      <ol className="flex flex-wrap gap-x-2 text-sm">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="after:ml-2 after:content-['›']">
            <a href={crumb.href}>{crumb.text}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
