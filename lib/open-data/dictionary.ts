import { csvLine, BOM } from '@/lib/open-data/csv';
import { DATASET_IDS, DATASETS } from '@/lib/open-data/fields';

const UNIT_LABEL = {
  wanYuan: '万元 (10,000 yuan)',
  percent: '% (percent)',
  date: 'YYYY-MM-DD',
  list: 'a;b;c',
} as const;

/** The dictionary CSV: one row per field of every dataset, with Chinese and English labels and codes. */
export function dictionaryCsv(dataUpdatedAt: string | null): string {
  const header = [
    'dataset',
    'field',
    'label_zh',
    'label_en',
    'meaning_zh',
    'meaning_en',
    'unit',
    'codes',
    'data_updated_at',
  ];
  const rows = DATASET_IDS.flatMap((id) =>
    DATASETS[id].fields.map((field) => [
      id,
      field.key,
      field.zh,
      field.en,
      field.meaningZh,
      field.meaningEn,
      field.unit ? UNIT_LABEL[field.unit] : '',
      field.codelist
        ? Object.entries(field.codelist)
            .map(([code, label]) => `${code}=${label.zh}/${label.en}`)
            .join('; ')
        : '',
      dataUpdatedAt,
    ]),
  );
  return BOM + [header, ...rows].map(csvLine).join('');
}
