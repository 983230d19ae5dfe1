import { z } from 'zod';
import { DATASET_IDS } from '@/lib/open-data/fields';

/** /data/<file>: <dataset>.csv, <dataset>.json, dictionary.csv or oc4ids.json; anything else is a 404. */
export const downloadFileSchema = z.union([
  z.templateLiteral([z.enum(DATASET_IDS), '.', z.enum(['csv', 'json'])]),
  z.literal('dictionary.csv'),
  z.literal('oc4ids.json'),
]);

export type DownloadFile = z.infer<typeof downloadFileSchema>;
