import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { csvLine } from '@/lib/open-data/csv';
import { syntheticProjects } from '@/lib/synthetic/generate-projects';

/**
 * An import file (the template's two header rows, then data) of `count` plainly synthetic new
 * projects, for benchmarks only. `codePrefix` keeps their codes apart from other runs' rows.
 */
export function syntheticImportCsv(count: number, codePrefix = 'SYN'): string {
  const lines = [csvLine(IMPORT_COLUMNS.map((c) => c.header)), csvLine(IMPORT_COLUMNS.map((c) => c.key))];
  for (const [i, p] of syntheticProjects(count).entries()) {
    const cells: Record<string, string> = {
      code: `${codePrefix}-${String(i + 1).padStart(6, '0')}`,
      name: p.name,
      kind: p.kind,
      level: p.level,
      sector: p.sector,
      status: p.status,
      statusDate: p.startDate,
      totalInvestment: p.totalInvestment === null ? '' : String(p.totalInvestment),
      startDate: p.startDate,
      description: p.description,
      sets: 'key-projects-2023',
    };
    lines.push(csvLine(IMPORT_COLUMNS.map((c) => cells[c.key] ?? '')));
  }
  return lines.join('');
}
