import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '@/lib/domain/codelists';
import { OC4IDS_PROJECT_STATUS, toOc4idsProjectStatus } from '@/lib/domain/oc4ids-status';

const CSV = path.resolve(import.meta.dirname, '..', '..', 'standards', 'oc4ids-0.9', 'codelists', 'projectStatus.csv');

describe('OC4IDS projectStatus mapping', () => {
  it('maps every status of ours, and only to codes the OC4IDS 0.9 codelist has', () => {
    const codes = readFileSync(CSV, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter(Boolean);
    expect(Object.keys(OC4IDS_PROJECT_STATUS).sort()).toEqual([...STATUS_CODES].sort());
    const mapped = STATUS_CODES.map(toOc4idsProjectStatus).filter((code) => code !== null);
    expect(mapped).toHaveLength(STATUS_CODES.length - 1);
    expect(codes).toEqual(expect.arrayContaining(mapped));
  });

  it('maps as documented', () => {
    expect(STATUS_CODES.map((s) => [s, toOc4idsProjectStatus(s)])).toEqual([
      ['planning', 'identification'],
      ['preparation', 'preparation'],
      ['underConstruction', 'implementation'],
      ['completed', 'completion'],
      ['inOperation', 'maintenance'],
      ['suspended', 'implementation'],
      ['cancelled', 'cancelled'],
      ['unknown', null],
    ]);
  });
});
