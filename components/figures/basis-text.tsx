import { basisLabel } from '@/lib/domain/timeline-sentence';
import type { Lang } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { figureTimelineMessages } from '@/lib/i18n/messages/figure-timeline';

/** A figure's basis with the source's words it was taken from: 计划（依据原文“计划总投资”）. */
export function BasisText({ basis, words, lang }: { basis: string | null; words: string | null; lang: Lang }) {
  const m = pickMessages(lang, figureTimelineMessages);
  return (
    <span data-testid="figure-basis">
      {basisLabel(basis, lang)}
      {words && (
        <span className="text-muted">
          {m.basisWordsBefore}
          <q lang={lang === 'en' ? 'zh-Hans' : undefined}>{words}</q>
          {m.basisWordsAfter}
        </span>
      )}
    </span>
  );
}
