import { ChangeEvidence, ChangeReason } from '@/components/history/change-reason';
import { ChangeValue } from '@/components/history/change-value';
import { WrittenText } from '@/components/history/written-text';
import { entityHref } from '@/lib/links';
import { formatDateTime } from '@/lib/domain/date-time';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import type { I18n } from '@/lib/i18n/server';
import { punctuation } from '@/lib/i18n/typography';
import { changeFieldLabel, unitOfChange } from '@/lib/revisions/change-value-text';
import type { PublicChange } from '@/lib/revisions/public-change';
import { TextLink } from '@/components/ui/text-link';
import { DataTable } from '@/components/ui/data-table';

type Props = {
  changes: PublicChange[];
  i18n: I18n;
  /** On a detail page the entity is the page itself: no need to name and link it in every item. */
  showEntity?: boolean;
  headingLevel?: 'h2' | 'h3';
};

/** A list of changes: what, before → after (changed fields only), when, which role, why, on what evidence. */
export function ChangeList({ changes, i18n, showEntity = true, headingLevel: Heading = 'h2' }: Props) {
  const m = pickMessages(i18n.lang, historyMessages);
  const { colon, semicolon } = punctuation(i18n.lang);
  return (
    <ol className="space-y-6">
      {changes.map((change) => {
        const href = showEntity ? entityHref(change) : null;
        const unit = unitOfChange(change);
        const title = `${m.actions[change.action] ?? change.action}${showEntity ? ` · ${m.types[change.entityType] ?? change.entityType}` : ''}`;
        return (
          <li key={change.id} className="border-l-4 border-rule pl-4" data-change={change.id}>
            <Heading className="font-bold">
              {title}
              {showEntity && (
                <>
                  {colon}
                  {href ? (
                    <TextLink href={i18n.href(href)}>
                      <WrittenText text={change.name} i18n={i18n} />
                    </TextLink>
                  ) : (
                    <WrittenText text={change.name} i18n={i18n} />
                  )}
                </>
              )}
            </Heading>
            <p className="text-sm text-muted">
              {m.when}
              {colon}
              <time dateTime={change.at.toISOString()}>{formatDateTime(change.at, i18n.lang)}</time>
              {semicolon}
              {m.who}
              {colon}
              {m.roles[change.actorRole] ?? change.actorRole}
              {semicolon}
              {m.why}
              {colon}
              <ChangeReason change={change} i18n={i18n} />
              {change.sourceRef && (
                <>
                  {semicolon}
                  {m.evidence}
                  {colon}
                  <ChangeEvidence change={change} i18n={i18n} />
                </>
              )}
            </p>
            {change.action === 'update' ? (
              <FieldTable change={change} unit={unit} i18n={i18n} />
            ) : (
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-brand underline">{m.fieldsSet}</summary>
                <FieldTable change={change} unit={unit} i18n={i18n} />
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function FieldTable({ change, unit, i18n }: { change: PublicChange; unit: string | null; i18n: I18n }) {
  const m = pickMessages(i18n.lang, historyMessages);
  return (
    <DataTable
      columns={[{ label: m.columns.field }, { label: m.columns.before }, { label: m.columns.after }]}
      rows={change.changes.map((c) => ({
        key: c.field,
        cells: [
          changeFieldLabel(change.entityType, c.field, i18n.lang),
          ...(['before', 'after'] as const).map((side) => {
            const value = c[side];
            return value === null ? (
              m.empty
            ) : (
              <ChangeValue key={side} field={c.field} value={i18n.localise(value)} unit={unit} lang={i18n.lang} />
            );
          }),
        ],
      }))}
      className="mt-2 text-sm"
    />
  );
}
