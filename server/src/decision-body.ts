import {
  OptionalKind,
  Type,
  type Static,
  type TLiteral,
  type TObject,
  type TSchema,
  type TUnion,
} from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import './typebox-formats';
import { AppError } from './plugins/app-error';

type Branch<K extends string> = TObject<{ [P in K]: TLiteral<string> } & Record<string, TSchema>>;

/**
 * A contract union of bodies told apart by one literal field ({ decision: 'approve', … } |
 * { decision: 'reject', … }, or { action: 'accept', … } | …) as one flat object for ajv, so
 * that a bad field is reported under its own name (a union only says "body"), plus the check
 * that the fields match the chosen branch. Field rules stay exactly the contract's: the flat
 * schema reuses each branch's property schemas.
 */
export function flatUnion<K extends string, T extends TUnion<Branch<K>[]>>(union: T, key: K) {
  const branches = union.anyOf as Branch<K>[];
  // A field several branches define differently (reject's and terminate's reason) accepts any
  // of them here; check() then holds the value to the chosen branch's own schema. Fields with
  // one definition are left to ajv alone (TypeBox's multipleOf is stricter on decimals).
  const variants = new Map<string, TSchema[]>();
  for (const branch of branches) {
    for (const [name, schema] of Object.entries(branch.properties)) {
      if (name === key) continue;
      const list = variants.get(name) ?? [];
      const plain = { ...schema, [OptionalKind]: undefined };
      if (!list.some((s) => JSON.stringify(s) === JSON.stringify(plain))) list.push(plain);
      variants.set(name, list);
    }
  }
  const optional: Record<string, TSchema> = {};
  for (const [name, list] of variants) {
    optional[name] = Type.Optional(list.length === 1 ? list[0] : Type.Union(list));
  }
  const schema = Type.Object({
    [key]: Type.Union(branches.map((b) => b.properties[key])),
    ...optional,
  });

  const check = (body: Record<string, unknown>): Static<T> => {
    const branch = branches.find((b) => b.properties[key].const === body[key])!;
    const fields: Record<string, string> = {};
    for (const name of (branch.required ?? []) as string[]) {
      if (body[name] === undefined) fields[name] = '必填';
    }
    for (const [name, value] of Object.entries(body)) {
      if (!(name in branch.properties)) fields[name] = `不允许的字段 ${name}`;
      else if (
        (variants.get(name)?.length ?? 0) > 1 &&
        !Value.Check(branch.properties[name], value)
      ) {
        fields[name] = '取值不在允许范围内';
      }
    }
    const [first] = Object.entries(fields);
    if (first) {
      const message = first[1].startsWith('不允许') ? first[1] : `${first[0]}：${first[1]}`;
      throw new AppError(400, 'VALIDATION_FAILED', message, fields);
    }
    return body as Static<T>;
  };
  return { schema, check };
}

/** flatUnion for the { decision: … } bodies of review routes. */
export function flatDecision<T extends TUnion<Branch<'decision'>[]>>(union: T) {
  return flatUnion<'decision', T>(union, 'decision');
}
