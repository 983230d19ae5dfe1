import type { ReactNode } from 'react';

/** `header` replaces the label in the header row (a sort link); `sort` marks the column the rows are sorted by. */
export type TableColumn = { label: string; numeric?: boolean; header?: ReactNode; sort?: 'ascending' | 'descending' };
export type TableRow = { key: string; cells: ReactNode[]; data?: Record<`data-${string}`, string> };

type Props = { caption: string; columns: TableColumn[]; rows: TableRow[]; testId?: string; className?: string };

/**
 * A data table that a phone shows as one GOV.UK summary list per row (the `.responsive-table`
 * rules in app/globals.css): plain CSS, no JavaScript. Each row's first cell is its header; the
 * others carry their column's name for the phone layout.
 */
export function ResponsiveTable({ caption, columns, rows, testId, className = '' }: Props) {
  const [, ...rest] = columns;
  // Sort links in the header: the caption says how they work, and a phone keeps them (app/globals.css).
  const sortable = columns.some((column) => column.header !== undefined);
  return (
    <table
      className={`responsive-table w-full border-collapse text-left ${sortable ? 'sortable' : ''} ${className}`}
      data-testid={testId}
    >
      <caption className={sortable ? 'mb-1 text-left text-sm text-muted' : 'sr-only'}>{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              aria-sort={column.sort}
              className={`py-2 pr-3 ${column.numeric ? 'text-right' : ''}`}
            >
              {column.header ?? column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-rule align-top" {...row.data}>
            <th scope="row" className="py-2 pr-3 font-normal">
              {row.cells[0]}
            </th>
            {rest.map((column, index) => (
              <td
                key={column.label}
                data-label={column.label}
                className={`py-2 pr-3 ${column.numeric ? 'text-right tabular-nums' : ''}`}
              >
                {row.cells[index + 1]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
