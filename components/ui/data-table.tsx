import type { ReactNode } from 'react';

/** `header` replaces the label in the header row (a sort link); `sort` marks the column the rows are sorted by. */
export type TableColumn = { label: string; numeric?: boolean; header?: ReactNode; sort?: 'ascending' | 'descending' };
/** A row with fewer cells than columns: its last cell spans the columns left (“no record” across a row). */
export type TableRow = { key: string; cells: ReactNode[]; data?: Record<`data-${string}`, string> };

type Props = {
  /** Shown above a sortable table (it says how the sort links work); otherwise for screen readers only. */
  caption?: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** The first cell of each row is its header (`<th scope="row">`) unless false. */
  rowHeaders?: boolean;
  testId?: string;
  className?: string;
};

const cellClass = (column: TableColumn) => `py-2 pr-3 ${column.numeric ? 'text-right tabular-nums' : ''}`;

/**
 * Every data table: real `<table>` markup (caption, column headers with `scope`, `aria-sort`,
 * row headers), which a phone shows as one GOV.UK summary list per row (the `.responsive-table`
 * rules in app/globals.css): plain CSS, no JavaScript. The first cell is the row's title there;
 * the others carry their column's name (`data-label`).
 */
export function DataTable({ caption, columns, rows, rowHeaders = true, testId, className = '' }: Props) {
  const [first, ...rest] = columns;
  // Sort links in the header: the caption says how they work, and a phone keeps them (app/globals.css).
  const sortable = columns.some((column) => column.header !== undefined);
  return (
    <table
      className={`responsive-table w-full border-collapse text-left ${sortable ? 'sortable' : ''} ${className}`}
      data-testid={testId}
    >
      {caption && <caption className={sortable ? 'mb-1 text-left text-sm text-muted' : 'sr-only'}>{caption}</caption>}
      <thead>
        <tr className="border-b-2 border-ink">
          {columns.map((column) => (
            <th key={column.label} scope="col" aria-sort={column.sort} className={cellClass(column)}>
              {column.header ?? column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-rule align-top" {...row.data}>
            {rowHeaders ? (
              <th scope="row" className={`${cellClass(first)} font-normal`}>
                {row.cells[0]}
              </th>
            ) : (
              <td className={cellClass(first)}>{row.cells[0]}</td>
            )}
            {rest.slice(0, row.cells.length - 1).map((column, index) => {
              const last = index === row.cells.length - 2;
              return (
                <td
                  key={column.label}
                  data-label={column.label}
                  colSpan={last && row.cells.length < columns.length ? columns.length - index - 1 : undefined}
                  className={cellClass(column)}
                >
                  {row.cells[index + 1]}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
