import { PROJECT_FIELDS } from '@/lib/fields/project-fields';

/**
 * The rules a project's values must keep together, in one place for every way of writing a
 * project: the workspace form (lib/validations/project-form.ts) and the import
 * (lib/import/plan-import.ts), which checks the stored project merged with the row. The rule
 * about a changed status's date needs the stored project too: lib/validations/status-date.ts.
 */

const label = (key: ProjectRuleField | 'startDate' | 'totalInvestment') => PROJECT_FIELDS[key].zh;

type Values = {
  totalInvestment?: number | null;
  completedInvestment?: number | null;
  startDate?: string | null;
  plannedCompletionDate?: string | null;
};

export type ProjectRuleField = 'completedInvestment' | 'plannedCompletionDate';
export type ProjectRuleProblem = { field: ProjectRuleField; message: string };

export function checkProjectRules(project: Values): ProjectRuleProblem[] {
  const problems: ProjectRuleProblem[] = [];
  const { totalInvestment, completedInvestment, startDate, plannedCompletionDate } = project;
  if (startDate && plannedCompletionDate && plannedCompletionDate < startDate) {
    problems.push({
      field: 'plannedCompletionDate',
      message: `${label('plannedCompletionDate')}不能早于${label('startDate')}`,
    });
  }
  if (completedInvestment != null && totalInvestment != null && completedInvestment > totalInvestment) {
    problems.push({
      field: 'completedInvestment',
      message: `${label('completedInvestment')}不能大于${label('totalInvestment')}`,
    });
  }
  return problems;
}
