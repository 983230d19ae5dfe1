import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as download } from '@/app/data/[file]/route';
import { DATASETS } from '@/lib/open-data/fields';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const get = (file: string, query = '') =>
  download(new Request(`http://localhost/data/${file}${query}`), { params: Promise.resolve({ file }) });
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The OC4IDS 0.9 schemas are draft-04 (`id`); Ajv 8 reads them once `id` is `$id` and `$schema` is dropped. */
function oc4idsValidator() {
  const load = (name: string) => {
    const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(`standards/oc4ids-0.9/${name}`, 'utf8'));
    return { $id: id, ...schema };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(load('project-schema.json'));
  return {
    pkg: ajv.compile(load('project-package-schema.json')),
    project: ajv.getSchema('https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json')!,
  };
}

describe('/data downloads', () => {
  it('projects.csv: UTF-8 with BOM, header of machine keys, Chinese intact, data date in the headers', async () => {
    const response = await get('projects.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="projects-\d{8}\.csv"$/);
    expect(response.headers.get('x-data-updated-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = utf8.decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).toBe(DATASETS.projects.fields.map((f) => f.key).join(','));
    expect(lines).toHaveLength(5); // header, 3 projects, final line end
    expect(lines[1]).toMatch(
      /^beichen-phase-ii-workshop,二期车间项目,Phase II workshop,beichen-electromechanical,北辰机电设备有限公司,"Beichen Electromechanical Equipment Co\., Ltd\.",/,
    );
  });

  it('projects.json takes the listing filters, and refuses a bad one naming it', async () => {
    const body = await (await get('projects.json', '?q=%E5%9E%83%E5%9C%BE')).json();
    expect(body.meta).toMatchObject({ dataset: 'projects', licence: 'CC-BY-4.0' });
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual(['runfeng-waste-equipment-environmental-products']);
    const bad = await get('projects.json', '?level=national');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe('level');
  });

  it('every dataset downloads in both formats with the documented fields', async () => {
    const counts = { sets: 2, figures: 43, initiatives: 22, sources: 6 };
    for (const [dataset, count] of Object.entries(counts) as [keyof typeof counts, number][]) {
      const json = await (await get(`${dataset}.json`)).json();
      expect(json.data, dataset).toHaveLength(count);
      expect(Object.keys(json.data[0])).toEqual(DATASETS[dataset].fields.map((f) => f.key));
      const csv = utf8.decode(new Uint8Array(await (await get(`${dataset}.csv`)).arrayBuffer()));
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.trimEnd().split('\r\n').length, dataset).toBeGreaterThanOrEqual(count + 1);
    }
  });

  it("figures.json gives each figure its basis and the source's words, so a plan is not read as a result", async () => {
    const { data } = await (await get('figures.json')).json();
    const pick = (key: string) => {
      const { basis, basisWords, wording, value } = data.find((f: { key: string }) => f.key === key);
      return { basis, basisWords, wording, value };
    };
    expect(pick('keyProjects2023.projectCount')).toEqual({
      basis: 'planned',
      basisWords: '全力推进总投资1283.6亿元的133个',
      wording: null,
      value: '133',
    });
    expect(pick('keyProjects2023.projectCountYearEnd')).toEqual({
      basis: 'reported',
      basisWords: '2023年长清区重点项目145个',
      wording: null,
      value: '145',
    });
    expect(pick('keyProjects2023.completedInvestment')).toEqual({
      basis: 'completed',
      basisWords: '总完成投资223亿元',
      wording: null,
      value: '2230000',
    });
    expect(pick('keyProjects2023.industryCountFrom2024')).toEqual({
      basis: 'derived',
      basisWords: null,
      wording: null,
      value: '70',
    });
    expect(pick('keyProjects2023.newStartDeadline')).toEqual({
      basis: 'planned',
      basisWords: '原则上上半年全部开工',
      wording: '上半年',
      value: '2023-06-30',
    });
  });

  it('dictionary.csv names every field in Chinese and English', async () => {
    const text = utf8.decode(new Uint8Array(await (await get('dictionary.csv')).arrayBuffer()));
    expect(
      text.startsWith('\uFEFFdataset,field,label_zh,label_en,meaning_zh,meaning_en,unit,codes,data_updated_at\r\n'),
    ).toBe(true);
    expect(text).toContain(
      'projects,totalInvestment,总投资,Total investment,计划总投资,Planned whole-life investment,"万元 (10,000 yuan)",,',
    );
    expect(text).toContain('underConstruction=已开工·在建/Under construction');
  });

  it('an unknown file is a 404', async () => {
    expect((await get('secrets.csv')).status).toBe(404);
    expect((await get('projects.xlsx')).status).toBe(404);
  });
});

describe('OC4IDS 0.9 project package', () => {
  it('validates against project-package-schema.json and project-schema.json, with mapped codes and prefixed ids', async () => {
    const body = await (await get('oc4ids.json')).json();
    const { pkg, project } = oc4idsValidator();
    expect(pkg(body), JSON.stringify(pkg.errors)).toBe(true);
    for (const p of body.projects) expect(project(p), JSON.stringify(project.errors)).toBe(true);
    expect(body).toMatchObject({
      version: '0.9',
      publisher: { name: '长清区重点项目公开平台' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(body.projects[0]).toEqual({
      id: 'oc4ids-changqing-beichen-phase-ii-workshop',
      updated: expect.stringMatching(/Z$/),
      language: 'zh',
      title: '二期车间项目',
      description: '以科技创新赋能产业转型,使绿色低碳成为核心竞争优势。',
      status: 'implementation',
      sector: ['economy'],
      period: { startDate: '2023-01-29T00:00:00+08:00' },
    });
  });

  it('the validator rejects a project with an unmapped status (the test can fail)', () => {
    const { project } = oc4idsValidator();
    expect(project({ id: 'oc4ids-changqing-x', status: 'underConstruction' })).toBe(false);
  });
});
