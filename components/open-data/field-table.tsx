import type { Dataset } from '@/lib/open-data/fields';
import { pickMessages } from '@/lib/i18n/messages';
import { openDataMessages } from '@/lib/i18n/messages/open-data';
import type { Lang } from '@/lib/i18n/locales';

/** Every field of one dataset: machine name, labels, meaning, unit and codes. */
export function FieldTable({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const m = pickMessages(lang, openDataMessages);
  const en = lang === 'en';
  return (
    // Wide on a phone: the region scrolls sideways and takes keyboard focus to do so.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={m.fieldsCaption(en ? dataset.en : dataset.zh)}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{m.fieldsCaption(en ? dataset.en : dataset.zh)}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {[m.columns.key, m.columns.zh, m.columns.en, m.columns.meaning, m.columns.unit, m.columns.codes].map((column) => (
              <th key={column} scope="col" className="py-1 pr-2">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.fields.map((field) => (
            <tr key={field.key} className="border-b border-rule align-top">
              <th scope="row" className="py-1 pr-2 font-normal"><code>{field.key}</code></th>
              <td className="py-1 pr-2">{field.zh}</td>
              <td className="py-1 pr-2">{field.en}</td>
              <td className="py-1 pr-2">{en ? field.meaningEn : field.meaningZh}</td>
              <td className="py-1 pr-2">{field.unit ? m.units[field.unit] : ''}</td>
              <td className="py-1">
                {field.codelist &&
                  Object.entries(field.codelist).map(([code, label]) => (
                    <span key={code} className="block">
                      <code>{code}</code> {en ? label.en : label.zh}
                    </span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
