import { CopyButton } from '@/components/figures/copy-button';
import { pickMessages } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import type { Lang } from '@/lib/i18n/locales';

/** The two citation texts, selectable as they are, each with a copy button once JavaScript runs. */
export function CitationBlock({ gbt, plain, lang }: { gbt: string; plain: string; lang: Lang }) {
  const m = pickMessages(lang, figureDetailMessages);
  const items = [
    { id: 'citation-gbt', title: m.gbt, text: gbt },
    { id: 'citation-plain', title: m.plain, text: plain },
  ];
  return (
    <section aria-labelledby="citation-heading" className="mt-10">
      <h2 id="citation-heading" className="mb-2 text-2xl font-bold">
        {m.citation}
      </h2>
      <p className="mb-3 text-sm text-muted">{m.citationIntro}</p>
      {items.map((item) => (
        <div key={item.id} className="mb-4">
          <h3 className="font-bold">{item.title}</h3>
          <p id={item.id} className="my-1 border-l-4 border-rule bg-[#f3f2f1] p-3 break-words select-all" data-testid={item.id}>
            {item.text}
          </p>
          <CopyButton text={item.text} label={m.copy} copiedLabel={m.copied} describedBy={item.id} />
        </div>
      ))}
    </section>
  );
}
