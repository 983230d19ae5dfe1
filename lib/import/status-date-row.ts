import { STATUSES, type Status } from '@/lib/domain/codelists';
import { HEADER_OF, type ImportError } from '@/lib/import/columns';
import { statusDateProblem } from '@/lib/validations/status-date';

type Stored = { status: string; statusDate: string | null };
type Given = { status?: string; statusDate?: string; statusDateConfirmed?: boolean };

const label = (status: string) => STATUSES[status as Status]?.zh ?? status;

/**
 * The workspace form's status-date rule (lib/validations/status-date.ts) for one import row that
 * updates a stored project: a blank date cell keeps the stored date, so a changed status with a
 * blank date would publish the old status's date as the new one's. Worded for the file's columns.
 */
export function statusDateRowError(row: number, stored: Stored, given: Given): ImportError | null {
  const submitted = {
    status: given.status ?? stored.status,
    statusDate: given.statusDate ?? stored.statusDate,
    statusDateConfirmed: given.statusDateConfirmed ?? false,
  };
  const problem = statusDateProblem(stored, submitted);
  if (!problem) return null;
  const change = `状态从“${label(stored.status)}”改为“${label(submitted.status)}”`;
  const message =
    problem.kind === 'missing'
      ? `${change}，请在“${HEADER_OF.statusDate}”列填写新状态开始的日期。`
      : `${change}，但状态生效日期仍是原来的 ${problem.date}。请在“${HEADER_OF.statusDate}”列填写新状态开始的日期；如果新状态确实从 ${problem.date} 起生效，请在“${HEADER_OF.statusDateConfirmed}”列填“是”。`;
  return { row, column: HEADER_OF.statusDate, message };
}
