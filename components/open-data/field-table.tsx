import { DataTable } from '@/components/ui/data-table';
import type { Codelist, Dataset } from '@/lib/open-data/fields';
import { codeLabel } from '@/lib/i18n/code-label';
import { pickMessages } from '@/lib/i18n/messages';
import { openDataMessages } from '@/lib/i18n/messages/open-data';
import type { Lang } from '@/lib/i18n/locales';
import { dataLang } from '@/lib/i18n/typography';

/** Every field of one dataset: machine name, labels, meaning, unit and codes (one summary list a field on phones). */
export function FieldTable({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const m = pickMessages(lang, openDataMessages);
  const en = lang === 'en';
  const zhLang = dataLang(lang);
  const codes = (list: Codelist) =>
    Object.keys(list).map((code) => (
      <span key={code} className="block">
        <code>{code}</code> {codeLabel(list, code, lang)}
      </span>
    ));
  const rows = dataset.fields.map((field) => ({
    key: field.key,
    cells: [
      <code key="key">{field.key}</code>,
      <span key="zh" lang={zhLang}>
        {field.zh}
      </span>,
      <span key="en" lang={en ? undefined : 'en'}>
        {field.en}
      </span>,
      en ? field.meaningEn : field.meaningZh,
      field.unit ? m.units[field.unit] : null,
      field.codelist && codes(field.codelist),
    ],
  }));
  const columns = [m.columns.key, m.columns.zh, m.columns.en, m.columns.meaning, m.columns.unit, m.columns.codes].map(
    (label) => ({ label }),
  );
  return (
    <DataTable
      caption={m.fieldsCaption(en ? dataset.en : dataset.zh)}
      columns={columns}
      rows={rows}
      className="text-sm"
    />
  );
}
