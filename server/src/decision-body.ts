import {
  Type,
  type Static,
  type TLiteral,
  type TObject,
  type TSchema,
  type TUnion,
} from '@sinclair/typebox';
import { AppError } from './plugins/app-error';

type DecisionBranch = TObject<{ decision: TLiteral<string> } & Record<string, TSchema>>;

/**
 * A contract union of decision bodies ({ decision: 'approve', … } | { decision: 'reject', … })
 * as one flat object for ajv, so that a bad field is reported under its own name (a union only
 * says "body"), plus the check that the fields match the chosen decision. Field rules stay
 * exactly the contract's: the flat schema reuses each branch's property schemas.
 */
export function flatDecision<T extends TUnion<DecisionBranch[]>>(union: T) {
  const branches = union.anyOf as DecisionBranch[];
  const optional: Record<string, TSchema> = {};
  for (const branch of branches) {
    for (const [key, schema] of Object.entries(branch.properties)) {
      if (key !== 'decision') optional[key] = Type.Optional(schema);
    }
  }
  const schema = Type.Object({
    decision: Type.Union(branches.map((b) => b.properties.decision)),
    ...optional,
  });

  const check = (body: Record<string, unknown>): Static<T> => {
    const branch = branches.find((b) => b.properties.decision.const === body.decision)!;
    const fields: Record<string, string> = {};
    for (const key of branch.required ?? []) {
      if (body[key] === undefined) fields[key] = '必填';
    }
    for (const key of Object.keys(body)) {
      if (!(key in branch.properties)) fields[key] = `不允许的字段 ${key}`;
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
