import { describe, expect, it } from 'vitest';
import { apiEndpointDocs } from '@/lib/api/api-docs';

/** The /api page's endpoint and parameter texts (issue 10: the Chinese page showed English descriptions). */

const SERVER = 'https://example.gov.cn';
const projects = (lang: 'zh-Hans' | 'zh-Hant' | 'en') =>
  apiEndpointDocs(lang, SERVER).find((endpoint) => endpoint.path === '/projects')!;
const HAN = /\p{Script=Han}/u;

describe('the /api page in each language', () => {
  it('describes the project parameters in Chinese on the Chinese pages', () => {
    const sort = projects('zh-Hans').parameters.find((p) => p.name === 'sort');
    expect(sort).toEqual({
      name: 'sort',
      description: 'name（按名称）、investment（总投资从高到低）、date（开工日期从新到旧）',
      values: 'name | investment | date（默认 name）',
    });
    expect(projects('zh-Hans').parameters.find((p) => p.name === 'pageSize')).toEqual({
      name: 'pageSize',
      description: '每页行数，最多 100',
      values: '（默认 20）（最多 100）',
    });
    expect(projects('zh-Hant').parameters.find((p) => p.name === 'pageSize')?.description).toBe('每頁行數，最多 100');
    expect(projects('zh-Hans').summary).toBe('项目（可筛选、分页）');
  });

  it('leaves no English description or summary on the Chinese pages, for every endpoint and parameter', () => {
    const english = apiEndpointDocs('en', SERVER);
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      apiEndpointDocs(lang, SERVER).forEach((endpoint, i) => {
        expect(endpoint.summary, `${lang} ${endpoint.path}`).toMatch(HAN);
        expect(endpoint.summary).not.toBe(english[i].summary);
        endpoint.parameters.forEach((parameter, j) => {
          expect(parameter.description, `${lang} ${endpoint.path} ${parameter.name}`).toMatch(HAN);
          expect(parameter.description).not.toBe(english[i].parameters[j].description);
        });
      });
    }
  });

  it('keeps the OpenAPI document’s English on English pages', () => {
    expect(projects('en').summary).toBe('Projects, filtered and paginated');
    expect(projects('en').parameters.find((p) => p.name === 'pageSize')).toEqual({
      name: 'pageSize',
      description: 'Rows per page, at most 100',
      values: ' (default 20) (max 100)',
    });
  });
});
