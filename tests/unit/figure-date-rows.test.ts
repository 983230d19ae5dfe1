import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { figureDateRows } from '@/components/figures/figure-date-rows';
import { FigureTimeline } from '@/components/figures/figure-timeline';
import { i18nFor } from '@/lib/i18n/server';

/** A figure read from a mirror copy shows the copy's date, labelled as such (issue 10). */

const rows = (...args: Parameters<typeof figureDateRows>) =>
  figureDateRows(...args).map((row) => [
    row.key,
    row.label,
    renderToStaticMarkup(createElement(Fragment, null, row.value)).replace(/<[^>]+>/g, '|'),
  ]);

describe('the date rows of a figure page', () => {
  it('shows only the as-of date for a figure read from the original', () => {
    expect(rows('2024-01-04', { mirrorUrl: null, mirrorDate: null }, 'zh-Hans')).toEqual([
      ['asOf', '截至日期', '2024年1月4日'],
    ]);
  });

  it('adds the copy’s date, labelled as the copy’s, when the figure was read from a mirror copy', () => {
    expect(
      rows(
        '2023-01-29',
        { mirrorUrl: 'http://www.bizip.cn/art/2023/1/30/art_52_4937463.html', mirrorDate: '2023-01-30' },
        'zh-Hans',
      ),
    ).toEqual([
      ['asOf', '截至日期', '2023年1月29日'],
      [
        'copyDate',
        '镜像副本日期',
        '|2023年1月30日||本数据读自镜像副本；这是副本的取得或存档日期，不是报道本身的发布日期。|',
      ],
    ]);
  });

  it('replaces the as-of date by the copy’s date when that is all the source gives', () => {
    expect(
      rows(
        '2024-08-22',
        { mirrorUrl: 'http://zjmzl.com/qcxw/202408/t20240822_14687444.htm', mirrorDate: '2024-08-22' },
        'en',
      ),
    ).toEqual([
      [
        'copyDate',
        'Date of the mirror copy',
        '|22 August 2024||This figure was read from a mirror copy; this is the date the copy was retrieved or archived, not the date of the report itself. The source gives no date of its own for the figure, so the portal records this copy’s date as its as-of date.|',
      ],
    ]);
  });
});

describe('the timeline of a measure', () => {
  const figure = (key: string, asOf: string, source: { mirrorUrl: string | null; mirrorDate: string | null }) => ({
    key,
    label: key,
    labelEn: key,
    value: '135',
    unit: 'count',
    comparison: 'exact',
    asOf,
    basis: 'planned',
    derivation: null,
    passage: { sourceId: 's', source: { title: '报道', publisher: null, ...source } },
  });

  it('marks a date that is only a mirror copy’s, as the figure page does', () => {
    const html = renderToStaticMarkup(
      createElement(FigureTimeline, {
        figures: [
          figure('a', '2024-02-20', { mirrorUrl: null, mirrorDate: null }),
          figure('b', '2024-08-22', {
            mirrorUrl: 'http://zjmzl.com/qcxw/202408/t20240822_14687444.htm',
            mirrorDate: '2024-08-22',
          }),
        ],
        currentKey: 'b',
        i18n: i18nFor('zh-hans', '/figures/b'),
      }),
    );
    expect(
      [...html.matchAll(/data-figure="(\w)".*?<\/td>/g)].map((m) => [m[1], m[0].includes('镜像副本日期')]),
    ).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});
