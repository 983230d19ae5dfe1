import { SelectField } from '@/components/ui/select-field';
import { TOWNS } from '@/lib/domain/towns';
import { codeLabel } from '@/lib/i18n/code-label';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';
import { projectFieldLabels } from '@/lib/fields/project-labels';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { accountabilityMessages } from '@/lib/i18n/messages/accountability';
import { projectFilterMessages } from '@/lib/i18n/messages/project-filters';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { dataLang } from '@/lib/i18n/typography';
import type { ListingView } from '@/lib/validations/listing-view';
import {
  DEFAULT_PAGE_SIZE,
  NARROWING_FILTERS,
  PROJECT_SORTS,
  TOWN_NONE,
  type ProjectFilters,
} from '@/lib/validations/project-filters';
import { TextLink } from '@/components/ui/text-link';

type Options = { chains: string[]; sets: { id: string; name: string; nameEn: string }[] };

const codeOptions = (list: Record<string, { zh: string; en: string }>, i18n: I18n) =>
  Object.keys(list).map((code) => ({ value: code, label: codeLabel(list, code, i18n.lang) }));

/**
 * A plain GET form: it works without JavaScript, keeps every choice in the URL, and has no
 * page field, so applying a filter always starts again at page 1. Option values stay as stored;
 * only their labels are converted for the reader.
 */
export function ProjectFilterForm({
  filters,
  view,
  options,
  i18n,
}: {
  filters: ProjectFilters;
  view: ListingView;
  options: Options;
  i18n: I18n;
}) {
  const m = pickMessages(i18n.lang, projectMessages);
  const f = pickMessages(i18n.lang, projectFilterMessages);
  const labels = pickMessages(i18n.lang, projectFieldLabels);
  const chosen = NARROWING_FILTERS.filter((key) => filters[key]).length;
  // A filter by a coded field: its label and options are the catalogue's (lib/fields).
  const codedFilter = (key: 'sector' | 'level' | 'kind' | 'status') => (
    <SelectField
      key={key}
      name={key}
      label={labels[key]}
      anyLabel={m.any}
      value={filters[key]}
      options={codeOptions(PROJECT_FIELDS[key].codelist, i18n)}
    />
  );
  return (
    // Closed until a filter or an order is chosen, so that on a phone the results come first (GOV.UK details).
    <details open={chosen > 0 || filters.sort !== 'name'} className="mb-6 bg-light-grey" data-testid="filters">
      <summary className="min-h-11 cursor-pointer px-4 py-2.5 text-lg font-bold text-brand underline">
        <span id="filters-heading">
          {f.disclosure}
          {chosen > 0 && f.chosen(chosen)}
        </span>
      </summary>
      <form method="get" action={i18n.href('/projects')} aria-labelledby="filters-heading" className="px-4 pb-4">
        <div className="mb-3 flex flex-col gap-1">
          <label htmlFor="filter-q" className="font-bold">
            {m.keyword}
          </label>
          <span id="filter-q-hint" className="text-sm text-muted">
            {m.keywordHint}
          </span>
          <input
            id="filter-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={filters.q ?? ''}
            aria-describedby="filter-q-hint"
            className="min-h-11 w-full max-w-xl border-2 border-ink bg-white px-2 py-1"
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="set"
            label={m.fields.set}
            anyLabel={m.any}
            value={filters.set}
            options={options.sets.map((s) => ({
              value: s.id,
              label: i18n.localise(pickName(i18n.lang, s.name, s.nameEn)),
            }))}
          />
          {codedFilter('sector')}
          <SelectField
            name="chain"
            label={labels.industryChain}
            anyLabel={m.any}
            value={filters.chain}
            options={options.chains.map((chain) => ({
              value: chain,
              label: i18n.localise(chain),
              lang: dataLang(i18n.lang),
            }))}
          />
          {(['level', 'kind', 'status'] as const).map(codedFilter)}
          {/* The ten units of the codelist, then the projects whose 镇街 officials have not recorded. */}
          <SelectField
            name="town"
            label={labels.town}
            anyLabel={m.any}
            value={filters.town}
            options={[
              ...codeOptions(TOWNS, i18n),
              { value: TOWN_NONE, label: pickMessages(i18n.lang, accountabilityMessages).noRecord },
            ]}
          />
          <SelectField
            name="sort"
            label={m.fields.sort}
            value={filters.sort}
            options={PROJECT_SORTS.map((sort) => ({ value: sort, label: m.sorts[sort] }))}
          />
        </div>
        {filters.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={filters.pageSize} />}
        {view === 'table' && <input type="hidden" name="view" value="table" />}
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 bg-button px-4 py-2 font-bold text-white shadow-[0_2px_0_var(--color-button-shadow)]"
          >
            {m.apply}
          </button>
          <TextLink href={i18n.href('/projects')} className="inline-flex min-h-11 items-center">
            {m.clear}
          </TextLink>
        </div>
      </form>
    </details>
  );
}
