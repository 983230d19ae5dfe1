import { pinyin } from 'pinyin-pro';

const MAX_SLUG = 80;

/** A stable lowercase-hyphen identifier from a Chinese name: 示例项目 000123 → shi-li-xiang-mu-000123. */
export function slugFromName(name: string): string {
  const words = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || 'project';
}

/** `base`, or `base-2`, `base-3` … : the first not in `taken` (slugs are never reused). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, MAX_SLUG - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
