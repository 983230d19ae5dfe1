import 'server-only';
import type { Metadata } from 'next';
import { cache } from 'react';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { i18nFor, type I18n, type LangParams } from '@/lib/i18n/server';

type DetailPage<P extends LangParams, T> = {
  /** The page's own language-free address, from its params (language switch, canonical link). */
  path: (params: P) => string;
  /** The record's id from the params; null when it is not a valid id (the page is then not found). */
  id: (params: P) => string | null;
  read: (id: string) => Promise<T | null>;
};

/**
 * What a detail page (project, set, figure, source, enterprise, initiative) loads: its language
 * tools and its record, read once per request for generateMetadata and the page together.
 */
export function detailLoader<P extends LangParams, T>({ path, id, read }: DetailPage<P, T>) {
  const readOnce = cache(read);
  return async (params: Promise<P>): Promise<{ i18n: I18n; found: T | null; params: P }> => {
    const resolved = await params;
    const key = id(resolved);
    return {
      i18n: i18nFor(resolved.lang, path(resolved)),
      found: key === null ? null : await readOnce(key),
      params: resolved,
    };
  };
}

/** The title of a detail page whose record does not exist (the page itself calls notFound()). */
export function notFoundMetadata(i18n: I18n): Metadata {
  return { title: pickMessages(i18n.lang, layoutMessages).notFound.title };
}
