/** One table from the same measurement on several databases: a column group per database. */
import type { Table } from './table';

export interface Measured {
  database: string;
  table: Table;
}

/**
 * The first column names the row (the same rows in the same order on every database); every
 * other column repeats once per database, its header prefixed with the database's name.
 */
export function sideBySide(title: string, measured: Measured[]): Table {
  if (measured.length === 1) {
    const [{ database, table }] = measured;
    return { ...table, title: `${title} (${database})` };
  }
  const [first] = measured;
  const [label, ...figures] = first.table.columns;
  return {
    title: `${title} (${measured.map((m) => m.database).join(' | ')})`,
    columns: [
      label,
      ...measured.flatMap(({ database }) =>
        figures.map((column) => ({ ...column, header: `${database} ${column.header}` })),
      ),
    ],
    rows: first.table.rows.map((row, i) => [
      row[0],
      ...measured.flatMap(({ table }) => table.rows[i]?.slice(1) ?? figures.map(() => '—')),
    ]),
    notes: first.table.notes,
  };
}
