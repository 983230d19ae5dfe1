import { describe, expect, it } from 'vitest';
import { cachedRead } from '@/lib/cache/cached-read';

describe('cachedRead', () => {
  it('runs a read and returns what it returns', async () => {
    const double = cachedRead('double', async (n: number) => n * 2);
    expect(await double(21)).toBe(42);
  });

  it('refuses a cached read inside another, whose cache Next would bypass', async () => {
    const inner = cachedRead('inner', async () => 1);
    const outer = cachedRead('outer', async () => (await inner()) + 1);
    await expect(outer()).rejects.toThrow(
      "cachedRead('inner') runs inside cachedRead('outer'), where it is never cached",
    );
  });

  it('lets reads run side by side and one after another', async () => {
    const inner = cachedRead('inner', async () => 1);
    const other = cachedRead('other', async () => 2);
    expect(await Promise.all([inner(), other(), inner()])).toEqual([1, 2, 1]);
    expect((await inner()) + (await other())).toBe(3);
  });
});
