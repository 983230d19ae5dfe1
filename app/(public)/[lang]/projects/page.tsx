import type { Metadata } from 'next';
import { cache } from 'react';
import { EmptyListing } from '@/components/projects/empty-listing';
import { ProjectFilterForm } from '@/components/projects/project-filter-form';
import { ListingViewSwitch } from '@/components/projects/listing-view-switch';
import { ProjectList } from '@/components/projects/project-list';
import { ProjectResultCount } from '@/components/projects/project-result-count';
import { ProjectTable } from '@/components/projects/project-table';
import { TownCoverage } from '@/components/projects/town-coverage';
import { PublicPage } from '@/components/layout/public-page';
import { DownloadLinks } from '@/components/ui/download-links';
import { Pagination } from '@/components/ui/pagination';
import { fetchProjectFilterOptions, fetchProjectList } from '@/lib/data/projects';
import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { dataDownloadHref, projectsHref } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseListingView } from '@/lib/validations/listing-view';
import { parseProjectFilters, projectFiltersQuery } from '@/lib/validations/project-filters';
import type { WithParams, WithSearchParams } from '@/lib/validations/params';
import { TextLink } from '@/components/ui/text-link';

// The query decides the content: rendered for each request (its reads are index look-ups).
export const dynamic = 'force-dynamic';

type Props = WithParams<LangParams> & WithSearchParams;

// Metadata and page share one listing read per request, keyed by the normalised query.
const readList = cache((query: string) =>
  fetchProjectList(parseProjectFilters(Object.fromEntries(new URLSearchParams(query)))),
);

async function load({ params, searchParams }: Props) {
  const raw = await searchParams;
  const [filters, view] = [parseProjectFilters(raw), parseListingView(raw)];
  const query = projectFiltersQuery(filters);
  return { filters, view, list: readList(query), i18n: await pageI18n(params, projectsHref(query, view)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, filters, list } = await load(props);
  const { pageCount } = await list;
  const m = pickMessages(i18n.lang, projectMessages);
  return pageMetadata(i18n, { title: m.pageTitle(filters.page, pageCount), description: m.intro });
}

export default async function ProjectsPage(props: Props) {
  const { i18n, filters, view, list } = await load(props);
  const [{ total, atLeast, items: projects, pageCount }, options] = await Promise.all([
    list,
    fetchProjectFilterOptions(),
  ]);
  const m = pickMessages(i18n.lang, projectMessages);
  const hrefFor = (page: number) => i18n.href(projectsHref(projectFiltersQuery(filters, { page }), view));
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-6 max-w-3xl">{m.intro}</p>
      {/* The count first, then the filters behind a disclosure: on a phone the results start on the first screen. */}
      <ProjectResultCount total={total} atLeast={atLeast} i18n={i18n} />
      <TownCoverage withoutTown={options.withoutTown} filters={filters} i18n={i18n} />
      <ProjectFilterForm filters={filters} view={view} options={options} i18n={i18n} />
      {total > 0 && <ListingViewSwitch query={projectFiltersQuery(filters)} view={view} i18n={i18n} />}
      {total > 0 && (
        <DownloadLinks
          label={m.download}
          hrefFor={(format) => dataDownloadHref('projects', format, projectFiltersQuery(filters, { page: 1 }))}
          testId="downloads"
        />
      )}
      {total === 0 && <EmptyListing filters={filters} i18n={i18n} />}
      {total > 0 && projects.length === 0 && (
        <p>
          {m.pageBeyond} <TextLink href={hrefFor(1)}>{m.firstPage}</TextLink>
        </p>
      )}
      {projects.length > 0 &&
        (view === 'table' ? (
          <ProjectTable projects={i18n.localise(projects)} filters={filters} i18n={i18n} />
        ) : (
          <ProjectList projects={i18n.localise(projects)} i18n={i18n} />
        ))}
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        hrefFor={hrefFor}
        labels={{ nav: m.pagination, previous: m.previous, next: m.next, pageOf: m.pageOf }}
      />
    </PublicPage>
  );
}
