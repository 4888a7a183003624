/** Plain-text tables for the report: text columns left-aligned, number columns right-aligned. */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export interface Table {
  title: string;
  columns: Column[];
  rows: string[][];
  /** Lines printed under the table (what was measured, caveats). */
  notes?: string[];
}

export function renderTable(table: Table): string {
  const widths = table.columns.map((column, i) =>
    Math.max(column.header.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        table.columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [
    table.title,
    line(table.columns.map((column) => column.header)),
    line(widths.map((width) => '-'.repeat(width))),
    ...table.rows.map((row) => line(row)),
    ...(table.notes ?? []).map((note) => `  ${note}`),
  ].join('\n');
}
