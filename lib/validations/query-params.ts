import { z } from 'zod';
import { first } from '@/lib/validations/params';

/**
 * One definition per query parameter, used two ways: pages parse leniently (a bad value falls
 * back to its default, the page still answers), the API strictly (a bad value is a 400 naming
 * the parameter). An empty value (`?sector=` from a form) counts as absent.
 */

function clean(value: unknown): unknown {
  const one = first(value);
  return typeof one === 'string' && one.trim() === '' ? undefined : one;
}

export type ParamShape = Record<string, z.ZodType>;
export type ParamsOf<S extends ParamShape> = z.output<z.ZodObject<S>>;

export function lenientParams<S extends ParamShape>(shape: S): z.ZodType<ParamsOf<S>> {
  const fields = Object.entries(shape).map(([key, schema]) => [
    key,
    z.preprocess(clean, schema).catch(() => schema.parse(undefined)),
  ]);
  return z.object(Object.fromEntries(fields)) as unknown as z.ZodType<ParamsOf<S>>;
}

export function strictParams<S extends ParamShape>(shape: S): z.ZodType<ParamsOf<S>> {
  const fields = Object.entries(shape).map(([key, schema]) => [key, z.preprocess(clean, schema)]);
  return z.object(Object.fromEntries(fields)) as unknown as z.ZodType<ParamsOf<S>>;
}

/** URLSearchParams → a plain record (repeated keys kept as arrays, as Next passes searchParams). */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}
