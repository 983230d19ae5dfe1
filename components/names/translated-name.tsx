import { pickMessages } from '@/lib/i18n/messages';
import { nameMessages } from '@/lib/i18n/messages/names';
import type { Lang } from '@/lib/i18n/locales';

/**
 * A name the sources give in Chinese, with the portal's English rendering on English pages.
 * The Chinese name is the name: English pages show the rendering marked as the portal's
 * translation, with the Chinese name beside it (marked zh-Hans for screen readers); Chinese pages
 * show the Chinese name only. Without a rendering, English pages show the Chinese name alone.
 */
type Props = { zh: string; en: string | null | undefined; lang: Lang };

export function TranslationMark({ lang }: { lang: Lang }) {
  return (
    <span className="text-sm font-normal text-muted" data-translation-mark>
      {pickMessages(lang, nameMessages).translationMark}
    </span>
  );
}

/** Inline, as in a list item or a link: "Phase II workshop (portal's translation) · 二期车间项目". */
export function TranslatedName({ zh, en, lang }: Props) {
  if (lang !== 'en') return <>{zh}</>;
  if (!en) return <span lang="zh-Hans">{zh}</span>;
  return (
    <>
      <span data-name-en>{en}</span> <TranslationMark lang={lang} /> · <span lang="zh-Hans">{zh}</span>
    </>
  );
}

/** A page's heading: the rendering and its mark, then the Chinese name on its own line. */
export function TranslatedHeading({ zh, en, lang }: Props) {
  if (lang !== 'en' || !en) {
    return (
      <h1 className="mb-2 text-3xl font-bold" lang={lang === 'en' ? 'zh-Hans' : undefined}>
        {zh}
      </h1>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-3xl font-bold">
        <span data-name-en>{en}</span> <TranslationMark lang={lang} />
      </h1>
      <p lang="zh-Hans" className="mb-2 text-xl">
        {zh}
      </p>
    </>
  );
}

/** Plain text for a page title: the rendering and its mark, then the Chinese name. */
export function translatedNameText({ zh, en, lang }: Props): string {
  return lang === 'en' && en ? `${en} ${pickMessages(lang, nameMessages).translationMark} · ${zh}` : zh;
}
