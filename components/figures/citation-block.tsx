import { CopyButton, CopyButtonScript } from '@/components/figures/copy-button';
import type { ReferenceNote } from '@/lib/domain/gbt-reference';
import { pickMessages } from '@/lib/i18n/messages';
import { citationMessages } from '@/lib/i18n/messages/citation';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import type { Lang } from '@/lib/i18n/locales';
import { WarningText } from '@/components/ui/warning-text';

type Props = { gbt: string; gbtNotes: ReferenceNote[]; plain: string; pathOnly: boolean; lang: Lang };

/**
 * The two citation texts, selectable as they are, each with a copy button once JavaScript runs.
 * The reference's notes (why a title is in brackets, 佚名, a mirror) stay under it, outside the
 * copied text; without a configured public address the block says the citations carry a path.
 */
export function CitationBlock({ gbt, gbtNotes, plain, pathOnly, lang }: Props) {
  const m = pickMessages(lang, figureDetailMessages);
  const c = pickMessages(lang, citationMessages);
  const noteText = (note: ReferenceNote) =>
    note.kind === 'mirror' ? c.mirror(note.date, note.originalKnown) : c[note.kind];
  const items = [
    { id: 'citation-gbt', title: m.gbt, text: gbt, notes: gbtNotes.map(noteText) },
    { id: 'citation-plain', title: m.plain, text: plain, notes: [] },
  ];
  return (
    <section aria-labelledby="citation-heading" className="mt-10">
      <h2 id="citation-heading" className="mb-2 text-2xl font-bold">
        {m.citation}
      </h2>
      <p className="mb-3 text-sm text-muted">{m.citationIntro}</p>
      {pathOnly && (
        <WarningText tone="attention" className="mb-4" data-testid="citation-path-only">
          {c.pathOnly}
        </WarningText>
      )}
      {items.map((item) => (
        <div key={item.id} className="mb-4">
          <h3 className="font-bold">{item.title}</h3>
          <p
            id={item.id}
            className="my-1 border-l-4 border-rule bg-light-grey p-3 break-words select-all"
            data-testid={item.id}
          >
            {item.text}
          </p>
          {item.notes.length > 0 && (
            <div className="mb-2 text-sm" data-testid={`${item.id}-notes`}>
              <p>{c.notesLabel}</p>
              <ol className="list-decimal pl-6">
                {item.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ol>
            </div>
          )}
          <CopyButton label={m.copy} copiedLabel={m.copied} target={item.id} />
        </div>
      ))}
      <CopyButtonScript />
    </section>
  );
}
