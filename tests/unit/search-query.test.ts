import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery } from '@/lib/search/parse-query';
import { searchParamsSchema } from '@/lib/validations/search';

describe('parseSearchQuery', () => {
  it('sends queries of 3+ character terms to the trigram index, and any with a shorter term to the 2-character index', () => {
    expect(parseSearchQuery('红木')).toMatchObject({ terms: ['红木'], trigram: null, bigram: '"红木"' });
    expect(parseSearchQuery('木')).toMatchObject({ trigram: null, bigram: '"木"*' });
    expect(parseSearchQuery('压力容器 hongmu')).toMatchObject({ trigram: '"压力容器" AND "hongmu"', bigram: null });
    // A longer term next to a short one: the phrase of its 2-character pieces.
    expect(parseSearchQuery('二期  压力容器')).toMatchObject({
      terms: ['二期', '压力容器'],
      trigram: null,
      bigram: '"二期" AND "压力 力容 容器"',
    });
  });

  it('converts Traditional input to Simplified and Latin to lower case, but shows the input as typed', () => {
    expect(parseSearchQuery('紅木家具 壓力容器')).toMatchObject({
      display: '紅木家具 壓力容器',
      text: '红木家具 压力容器',
      trigram: '"红木家具" AND "压力容器"',
    });
    expect(parseSearchQuery('BeiChen')).toMatchObject({ display: 'BeiChen', trigram: '"beichen"' });
  });

  it('reads full-width digits and letters as ASCII (98.8 typed on a Chinese keyboard)', () => {
    expect(parseSearchQuery('９８.８').trigram).toBe('"98.8"');
  });

  it('quotes every term, so FTS5 syntax is searched for as written', () => {
    expect(parseSearchQuery('a"b').trigram).toBe('"a""b"');
    expect(parseSearchQuery('"').bigram).toBe('""""*');
    expect(parseSearchQuery('AND NEAR').trigram).toBe('"and" AND "near"');
    expect(parseSearchQuery('AND OR NEAR').bigram).toBe('"an nd" AND "or" AND "ne ea ar"');
    expect(parseSearchQuery('NEAR(a b) * - ()')).toMatchObject({
      trigram: null,
      bigram: '"ne ea ar r( (a" AND "b)" AND "*"* AND "-"* AND "()"',
    });
    expect(parseSearchQuery('x"y" 1').bigram).toBe('"x"" ""y y""" AND "1"*');
    expect(parseSearchQuery('title:红木 {body}:x').trigram).toBe('"title:红木" AND "{body}:x"');
  });

  it('drops control and invisible characters and keeps emoji', () => {
    expect(parseSearchQuery('\u0000红\u200b木\u0007')).toMatchObject({
      terms: ['红', '木'],
      bigram: '"红"* AND "木"*',
    });
    expect(parseSearchQuery('😀').bigram).toBe('"😀"*');
    expect(parseSearchQuery('\u0001\u0002 ')).toMatchObject({ display: '', terms: [], trigram: null, bigram: null });
  });

  it('cuts long input to MAX_QUERY_CHARS characters and MAX_TERMS terms, and says so', () => {
    const long = parseSearchQuery('项'.repeat(2_000));
    expect(long).toMatchObject({ shortened: true, terms: ['项'.repeat(MAX_QUERY_CHARS)] });
    const many = parseSearchQuery('a b c d e f g h i j');
    expect(many).toMatchObject({ shortened: true, terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] });
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(parseSearchQuery('红木').shortened).toBe(false);
  });
});

describe('searchParamsSchema', () => {
  it('falls back to defaults for anything malformed', () => {
    expect(searchParamsSchema.parse({})).toEqual({ q: '', type: undefined, page: 1 });
    expect(searchParamsSchema.parse({ q: ['红木', 'x'], type: 'drop', page: '-1' })).toEqual({
      q: '红木',
      type: undefined,
      page: 1,
    });
    expect(searchParamsSchema.parse({ q: '红木', type: 'passage', page: 'abc' })).toEqual({
      q: '红木',
      type: 'passage',
      page: 1,
    });
    expect(searchParamsSchema.parse({ q: '红木', type: 'project', page: '3' })).toEqual({
      q: '红木',
      type: 'project',
      page: 3,
    });
    expect(searchParamsSchema.parse({ page: '1e9' }).page).toBe(1);
    expect(searchParamsSchema.parse({ q: 'x'.repeat(5_000) }).q).toHaveLength(2_000);
  });
});
