import { FIGURE_BASES, type FigureBasis } from '@/lib/domain/codelists';
import { formatDate, formatFigureText } from '@/lib/domain/format';
import type { TimelineReading, TimelineStep } from '@/lib/domain/figure-timeline';
import { localise } from '@/lib/i18n/convert';
import { pickMessages } from '@/lib/i18n/messages';
import type { Lang } from '@/lib/i18n/locales';
import { figureTimelineMessages } from '@/lib/i18n/messages/figure-timeline';

/** The basis as a word in a sentence: 计划 / planned (Traditional pages convert the page's text). */
export function basisLabel(basis: string | null, lang: Lang): string {
  if (!basis || !(basis in FIGURE_BASES)) return pickMessages(lang, figureTimelineMessages).basisUnrecorded;
  const labels = FIGURE_BASES[basis as FigureBasis];
  return lang === 'en' ? labels.en.toLowerCase() : localise(labels.zh, lang);
}

/** A measure's published values as change: "2023年1月29日计划133个；2024年1月4日报道145个，增加12个". */
export function timelineSentence(reading: TimelineReading, lang: Lang): string {
  const m = pickMessages(lang, figureTimelineMessages);
  const value = (step: TimelineStep, amount = step.value) =>
    formatFigureText({ value: amount, unit: step.unit, comparison: step.comparison }, lang);
  return reading.steps
    .map(({ step, change }) => {
      const text = m.step(formatDate(step.asOf, lang), basisLabel(step.basis, lang), value(step));
      if (!change) return text;
      const { difference } = change;
      if (difference === null) return text + m.changedTo;
      if (difference === '0') return text + m.unchanged;
      return (
        text + (difference.startsWith('-') ? m.down(value(step, difference.slice(1))) : m.up(value(step, difference)))
      );
    })
    .join(m.separator);
}

/** The values that disagree, each with its date and basis: "65个（2024年1月4日，报道）；70个（…）". */
export function disagreementText(
  group: { value: string; unit: string; comparison: string; asOf: string; basis: string | null }[],
  lang: Lang,
): string {
  const m = pickMessages(lang, figureTimelineMessages);
  return group
    .map((e) => m.conflictItem(formatFigureText(e, lang), formatDate(e.asOf, lang), basisLabel(e.basis, lang)))
    .join(m.separator);
}
