import type { Lang } from '@/lib/i18n/locales';
import { InsetText } from '@/components/ui/inset-text';

/**
 * A deadline as the source words it (71个新建项目原则上上半年全部开工), with the portal's reading
 * of it as a date only as a note. The source's words are marked as Chinese on English pages.
 */
export function DeadlineNote({ parts: [before, words, after], lang }: { parts: [string, string, string]; lang: Lang }) {
  return (
    <InsetText className="mt-4" data-testid="deadline">
      {before}
      <span lang={lang === 'en' ? 'zh-Hans' : undefined}>{words}</span>
      {after}
    </InsetText>
  );
}
