import 'server-only';
import { revalidatePath } from 'next/cache';
import { LANGS, localePath } from '@/lib/i18n/locales';
import { projectHref } from '@/lib/links';

/**
 * After an official's change the public pages must not show old data: every language's home,
 * project list and project page. (The prefixed paths are rewritten onto the same route files by
 * proxy.ts; they are listed too so a later per-language cache cannot keep a stale copy.)
 */
export function revalidateProjectPages(slugs: readonly string[]): void {
  const paths = ['/', '/projects', ...slugs.map(projectHref)];
  for (const lang of LANGS) for (const path of paths) revalidatePath(localePath(lang, path));
}
