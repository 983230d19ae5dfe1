import type { I18n } from '@/lib/i18n/server';
import { writtenLang } from '@/lib/i18n/typography';

/**
 * Words kept as someone wrote them (an official's reason or evidence, a stored name or value):
 * never translated, but on English pages marked with their language so that screen readers
 * pronounce them right; Traditional pages show them converted, like all data.
 */
export function WrittenText({ text, i18n }: { text: string; i18n: I18n }) {
  const lang = writtenLang(text, i18n.lang);
  return lang ? <span lang={lang}>{text}</span> : <>{i18n.localise(text)}</>;
}
