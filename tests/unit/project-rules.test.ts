import { describe, expect, it } from 'vitest';
import { checkProjectRules } from '@/lib/validations/project-rules';

describe('checkProjectRules', () => {
  it('refuses a completed investment above the total and a planned completion before the start', () => {
    expect(
      checkProjectRules({
        totalInvestment: 100,
        completedInvestment: 101,
        startDate: '2023-06-01',
        plannedCompletionDate: '2023-05-31',
      }),
    ).toEqual([
      { field: 'plannedCompletionDate', message: '计划竣工日期不能早于开工日期' },
      { field: 'completedInvestment', message: '完成投资不能大于总投资' },
    ]);
  });

  it('accepts equal values, and says nothing about what is not published', () => {
    expect(
      checkProjectRules({
        totalInvestment: 100,
        completedInvestment: 100,
        startDate: '2023-06-01',
        plannedCompletionDate: '2023-06-01',
      }),
    ).toEqual([]);
    expect(
      checkProjectRules({
        totalInvestment: null,
        completedInvestment: 100,
        startDate: null,
        plannedCompletionDate: '2023-06-01',
      }),
    ).toEqual([]);
  });
});
