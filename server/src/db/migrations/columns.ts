import type {
  ColumnDataType,
  ColumnDefinitionBuilderCallback,
  CreateTableBuilder,
  Expression,
  Kysely,
  RawBuilder,
  SqlBool,
} from 'kysely';

/**
 * Building blocks the migrations share (not a migration: index.ts lists migrations by hand).
 * Portable column types only, so SQLite and PostgreSQL run the same definitions. Whatever these
 * produce is frozen by the migrations already applied: change nothing here that alters the SQL.
 */

/** A column's type and its constraints, as `addColumn` takes them. */
export type Column = readonly [ColumnDataType, ColumnDefinitionBuilderCallback?];

export const textPrimaryKey: Column = ['text', (c) => c.primaryKey()];
/** The usual primary key: a text id made by the application. */
export const id = textPrimaryKey;
export const text: Column = ['text'];
export const textNotNull: Column = ['text', (c) => c.notNull()];
export const textUnique: Column = ['text', (c) => c.unique()];
export const textNotNullUnique: Column = ['text', (c) => c.notNull().unique()];
export const integer: Column = ['integer'];
export const integerNotNull: Column = ['integer', (c) => c.notNull()];
/** Flags and counters that start at zero. */
export const integerZero: Column = ['integer', (c) => c.notNull().defaultTo(0)];
export const double: Column = ['double precision'];

/** When the row was made and last changed (ISO strings). */
export const timestamps = { created_at: textNotNull, updated_at: textNotNull } as const;

type OnDelete = 'cascade' | 'set null';

/** A foreign key to `target` ("table.column") that may be null. */
export function ref(target: string, onDelete?: OnDelete): Column {
  return ['text', (c) => withOnDelete(c.references(target), onDelete)];
}

/** A foreign key to `target` ("table.column") that must be set. */
export function requiredRef(target: string, onDelete?: OnDelete): Column {
  return ['text', (c) => withOnDelete(c.notNull().references(target), onDelete)];
}

function withOnDelete(c: ReturnType<ColumnDefinitionBuilderCallback>, onDelete?: OnDelete) {
  return onDelete ? c.onDelete(onDelete) : c;
}

/** Columns in order; a composite key is given by `primaryKey` instead. */
export type Columns = Record<string, Column>;

/** An index's columns, or with `unique` / a partial-index condition. */
export type IndexSpec =
  readonly string[] | { columns: readonly string[]; unique?: boolean; where?: Expression<SqlBool> };

export interface TableSpec {
  columns: Columns;
  /** Composite primary key, named `<table>_pk`. */
  primaryKey?: readonly string[];
  /** Check constraints by short name: `role` becomes `<table>_role_check`. */
  checks?: Record<string, RawBuilder<unknown>>;
  /** Indexes by short name: `created_at` becomes `<table>_created_at_idx`. */
  indexes?: Record<string, IndexSpec>;
}

/** Creates the table, then its indexes in the order given. */
export async function createTable(db: Kysely<unknown>, table: string, spec: TableSpec) {
  let builder: CreateTableBuilder<string, string> = db.schema.createTable(table);
  for (const [name, [type, build]] of Object.entries(spec.columns)) {
    builder = builder.addColumn(name, type, build);
  }
  if (spec.primaryKey) {
    builder = builder.addPrimaryKeyConstraint(`${table}_pk`, [...spec.primaryKey]);
  }
  for (const [name, condition] of Object.entries(spec.checks ?? {})) {
    builder = builder.addCheckConstraint(`${table}_${name}_check`, condition);
  }
  await builder.execute();
  for (const [name, index] of Object.entries(spec.indexes ?? {})) {
    await createIndex(db, table, name, index);
  }
}

const NO_OPTIONS = { unique: false, where: undefined };

function isColumnList(spec: IndexSpec): spec is readonly string[] {
  return Array.isArray(spec);
}

/** `<table>_<name>_idx` on the columns given. */
export async function createIndex(
  db: Kysely<unknown>,
  table: string,
  name: string,
  spec: IndexSpec,
) {
  const { columns, unique, where } = isColumnList(spec) ? { ...NO_OPTIONS, columns: spec } : spec;
  let builder = db.schema
    .createIndex(`${table}_${name}_idx`)
    .on(table)
    .columns([...columns]);
  if (unique) builder = builder.unique();
  if (where) builder = builder.where(where);
  await builder.execute();
}

/** Adds nullable or defaulted columns one ALTER at a time (SQLite adds one per statement). */
export async function addColumns(db: Kysely<unknown>, table: string, columns: Columns) {
  for (const [name, [type, build]] of Object.entries(columns)) {
    await db.schema.alterTable(table).addColumn(name, type, build).execute();
  }
}

/** Drops the tables in the order given (dependents first). */
export async function dropTables(db: Kysely<unknown>, tables: readonly string[]) {
  for (const table of tables) await db.schema.dropTable(table).execute();
}

/** Drops the columns in the order given, one ALTER at a time. */
export async function dropColumns(db: Kysely<unknown>, table: string, columns: readonly string[]) {
  for (const column of columns) await db.schema.alterTable(table).dropColumn(column).execute();
}
