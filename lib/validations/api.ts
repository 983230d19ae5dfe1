import { z } from 'zod';
import { INITIATIVE_KIND_CODES, RELIABILITY_CODES, SET_KIND_CODES } from '@/lib/domain/codelists';
import { slugParam } from '@/lib/validations/params';
import { strictParams } from '@/lib/validations/query-params';

/** Parameters of the API's smaller lists (each list is short: the whole list in one answer). */

export const setListFields = { kind: z.enum(SET_KIND_CODES).optional().describe('Set kind') };
export const figureListFields = {
  measure: z
    .string()
    .max(120)
    .regex(/^[a-zA-Z0-9.]+$/)
    .optional()
    .describe('Measure: every figure of one timeline'),
  set: slugParam.optional().describe('Set id'),
};
export const initiativeListFields = { kind: z.enum(INITIATIVE_KIND_CODES).optional().describe('Initiative kind') };
export const sourceListFields = {
  reliability: z.enum(RELIABILITY_CODES).optional().describe('primary | mirror | secondary'),
};

export const setListSchema = strictParams(setListFields);
export const figureListSchema = strictParams(figureListFields);
export const initiativeListSchema = strictParams(initiativeListFields);
export const sourceListSchema = strictParams(sourceListFields);
