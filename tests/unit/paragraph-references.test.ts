import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { paragraphNumber } from '@/lib/links';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });

describe('paragraph references are written one way', () => {
  it('第21段 / paragraph 21, with the source named where the link does not', () => {
    expect(paragraphMessages['zh-Hans'].paragraph(paragraphNumber('p-21'))).toBe('第21段');
    expect(paragraphMessages['zh-Hans'].inSource(21)).toBe('来源第21段');
    expect(paragraphMessages.en.paragraph(21)).toBe('paragraph 21');
    expect(paragraphMessages.en.inSource(21)).toBe('Source, paragraph 21');
  });

  it('no page, component or message writes its own (¶21, 第…段)', () => {
    const own = [...files('app'), ...files('components'), ...files('lib/i18n/messages')].filter((file) => {
      if (file.endsWith('messages/paragraph.ts')) return false;
      return /¶|第\$\{[^}]+\}段|paragraph \$\{/i.test(readFileSync(file, 'utf8'));
    });
    expect(own).toEqual([]);
  });
});
