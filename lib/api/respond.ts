import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { CORS_HEADERS } from '@/lib/api/cors.mts';
import { isNotModified } from '@/lib/http/conditional';
import { searchParamsRecord } from '@/lib/validations/query-params';

/**
 * Responses of the public JSON API: open CORS for reading, an ETag on every answer (304 when
 * the client already has it), a short public cache, and errors as JSON naming what was wrong.
 */

const CACHE_OK = 'public, max-age=60, must-revalidate';
const CACHE_ERROR = 'no-store';

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

export function jsonResponse(request: Request, body: unknown, status = 200): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = {
    ...CORS_HEADERS,
    ETag: etag,
    'Cache-Control': status === 200 ? CACHE_OK : CACHE_ERROR,
    Vary: 'Origin',
  };
  if (status === 200 && isNotModified(request.headers, { etag, lastModified: null }))
    return new Response(null, { status: 304, headers });
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

export type ApiError = {
  error: { status: number; code: 'invalidParameter' | 'notFound'; message: string; parameter?: string };
};

export function badParameter(request: Request, parameter: string, message: string): Response {
  const body: ApiError = {
    error: { status: 400, code: 'invalidParameter', parameter, message: `${parameter}: ${message}` },
  };
  return jsonResponse(request, body, 400);
}

export function notFound(request: Request, what: string): Response {
  const body: ApiError = { error: { status: 404, code: 'notFound', message: `${what} not found` } };
  return jsonResponse(request, body, 404);
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Parses a query string strictly; the first problem becomes a 400 naming its parameter. */
export function parseQuery<T>(request: Request, schema: z.ZodType<T>): Parsed<T> {
  const result = schema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  return { ok: false, response: badParameter(request, String(issue.path[0] ?? 'query'), issue.message) };
}

/** Parses one path segment (a slug, key or id). */
export function parsePathParam<T>(request: Request, name: string, value: string, schema: z.ZodType<T>): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: badParameter(request, name, result.error.issues[0].message) };
}
