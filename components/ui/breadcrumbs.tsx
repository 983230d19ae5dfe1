import { TextLink } from '@/components/ui/text-link';

export type Crumb = { label: string; href?: string };

/** GOV.UK breadcrumbs: where this page sits; the last crumb is the page itself. */
export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <TextLink href={crumb.href}>{crumb.label}</TextLink>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
