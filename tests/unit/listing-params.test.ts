import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/components/ui/pagination';
import { compositionOf, unnamedCount } from '@/lib/domain/set-composition';
import { parseProjectFilters, projectFiltersQuery } from '@/lib/validations/project-filters';

describe('parseProjectFilters', () => {
  it('falls back to defaults for anything it does not accept', () => {
    expect(
      parseProjectFilters({ page: '-1', sort: 'drop', sector: '\'"*', pageSize: '100000', status: ['completed', 'x'] }),
    ).toEqual({
      set: undefined,
      sector: undefined,
      chain: undefined,
      level: undefined,
      kind: undefined,
      status: 'completed',
      sort: 'name',
      page: 1,
      pageSize: 20,
    });
    expect(parseProjectFilters({ page: 'abc' }).page).toBe(1);
    expect(parseProjectFilters({ page: '1e99' }).page).toBe(1);
    expect(parseProjectFilters({ page: '2.5' }).page).toBe(1);
    expect(parseProjectFilters({ set: '../x' }).set).toBeUndefined();
    expect(parseProjectFilters({ chain: 'x'.repeat(101) }).chain).toBeUndefined();
  });
  it('keeps valid values and ignores empty form fields', () => {
    expect(
      parseProjectFilters({ set: 'key-projects-2023', sector: '', level: 'district', sort: 'investment', page: '3' }),
    ).toEqual({
      set: 'key-projects-2023',
      level: 'district',
      sort: 'investment',
      page: 3,
      pageSize: 20,
    });
  });
});

describe('projectFiltersQuery', () => {
  const filters = parseProjectFilters({ level: 'district', sort: 'date', page: '4' });
  it('writes only what differs from the defaults', () => {
    expect(projectFiltersQuery(filters)).toBe('?level=district&sort=date&page=4');
    expect(projectFiltersQuery(filters, { page: 1 })).toBe('?level=district&sort=date');
    expect(projectFiltersQuery(parseProjectFilters({}))).toBe('');
  });
  it('keeps the 镇街 filter (an NBS code, or none) and starts again at page 1 with it', () => {
    expect(
      projectFiltersQuery(parseProjectFilters({ town: '370113108', level: 'district', page: '3' }), { page: 1 }),
    ).toBe('?level=district&town=370113108');
    expect(projectFiltersQuery(parseProjectFilters({ town: 'none' }))).toBe('?town=none');
    expect(projectFiltersQuery(parseProjectFilters({ town: '370113' }))).toBe('');
  });
});

describe('pageWindow', () => {
  it('shows first, last and the neighbours of the current page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 7)).toEqual([1, 2, 'gap', 7]);
    expect(pageWindow(4, 7)).toEqual([1, 'gap', 3, 4, 5, 'gap', 7]);
    expect(pageWindow(7, 7)).toEqual([1, 'gap', 6, 7]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});

describe('set composition', () => {
  const figures = [
    { key: 'keyProjects2023.projectCount', value: '133', unit: 'count' },
    { key: 'keyProjects2023.continuingCount', value: '62', unit: 'count' },
    { key: 'keyProjects2023.newCount', value: '71', unit: 'count' },
    { key: 'keyProjects2023.completionTarget', value: '48', unit: 'count' },
  ];
  it('reads the reported split and compares its sum with the total', () => {
    expect(compositionOf(figures)).toEqual({
      total: 133,
      continuing: 62,
      new: 71,
      sumOfKinds: 133,
      completionTarget: 48,
    });
    expect(compositionOf(figures.slice(0, 2))).toBeNull();
  });
  it('counts the reported projects that are not itemised', () => {
    expect(unnamedCount([{ key: 'launch2023.projectCount', value: '19', unit: 'count' }], 3)).toBe(16);
    expect(unnamedCount([], 3)).toBeNull();
  });
});
