import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChangeList } from '@/components/history/change-list';
import { i18nFor } from '@/lib/i18n/server';
import type { PublicChange } from '@/lib/revisions/public-change';

const at = new Date('2023-01-29T02:00:00Z');
const LOADED: PublicChange = {
  id: 1,
  entityType: 'project',
  entityId: 'beichen-phase-ii-workshop',
  action: 'create',
  at,
  actorRole: 'loader',
  reason: '按来源报道载入',
  sourceRef: 'launch-report-2023-01-29',
  evidenceSource: { id: 'launch-report-2023-01-29', title: '长清区2023年春季重点项目集中开工仪式报道' },
  name: '二期车间项目',
  kind: null,
  changes: [
    { field: 'name', before: null, after: '二期车间项目' },
    { field: 'status', before: null, after: 'underConstruction' },
  ],
};
const EDITED: PublicChange = {
  ...LOADED,
  id: 2,
  action: 'update',
  actorRole: 'editor',
  reason: '竣工验收',
  sourceRef: '区住建局竣工备案',
  evidenceSource: null,
  changes: [
    { field: 'industryChain', before: '节能环保与压力容器', after: '智能制造与高端装备' },
    { field: 'statusDate', before: '2023-01-29', after: '2023-12-20' },
  ],
};
const DERIVED: PublicChange = {
  ...LOADED,
  id: 3,
  entityType: 'figure',
  reason: '由已公开数据计算',
  sourceRef: null,
  evidenceSource: null,
  changes: [],
};

const render = (lang: string, changes: PublicChange[]) =>
  renderToStaticMarkup(createElement(ChangeList, { changes, i18n: i18nFor(lang, '/changes') }));

describe('the history on English pages', () => {
  it("gives the loader's reasons in English and its evidence as the source's title, linked and marked zh-Hans", () => {
    const html = render('en', [LOADED, DERIVED]);
    expect(html).toContain(
      'Reason: Loaded from the source report; Evidence: <a href="/en/sources/launch-report-2023-01-29" class="text-brand underline" lang="zh-Hans" data-evidence-source="launch-report-2023-01-29">长清区2023年春季重点项目集中开工仪式报道</a>',
    );
    expect(html).toContain('Reason: Computed from published figures</p>');
    expect(html).not.toContain('按来源报道载入');
    expect(html).not.toContain('由已公开数据计算');
  });

  it("keeps officials' reasons, evidence and values as written, marked with their language", () => {
    const html = render('en', [EDITED]);
    expect(html).toContain(
      'Reason: <span lang="zh-Hans">竣工验收</span>; Evidence: <span lang="zh-Hans">区住建局竣工备案</span>',
    );
    expect(html).toContain('<span class="[overflow-wrap:anywhere]" lang="zh-Hans">节能环保与压力容器</span>');
    // A date is in no language of its own: no mark.
    expect(html).toContain('<span class="[overflow-wrap:anywhere]">2023-12-20</span>');
    expect(html).toContain('<span lang="zh-Hans">二期车间项目</span></a>');
  });

  it('Chinese pages keep the stored words and link the source by its title too', () => {
    const html = render('zh-hans', [LOADED, EDITED]);
    expect(html).toContain(
      '原因：按来源报道载入；依据：<a href="/sources/launch-report-2023-01-29" class="text-brand underline" data-evidence-source="launch-report-2023-01-29">长清区2023年春季重点项目集中开工仪式报道</a>',
    );
    expect(html).toContain('原因：竣工验收；依据：区住建局竣工备案');
    expect(html).not.toContain('lang="zh-Hans"');
  });
});
