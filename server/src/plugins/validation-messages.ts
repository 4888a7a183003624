import type { FastifySchemaValidationError } from 'fastify';

const PART_NAMES: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** ajv keyword → Chinese. Unknown keywords fall back to a generic sentence. */
function describe(error: FastifySchemaValidationError): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return '必填';
    case 'minLength':
      return Number(p.limit) === 1 ? '不能为空' : `至少${p.limit}个字符`;
    case 'maxLength':
      return `最多${p.limit}个字符`;
    case 'pattern':
    case 'format':
      return '格式不正确';
    case 'type':
      return p.type === 'integer' ? '必须是整数' : '类型不正确';
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return '取值不在允许范围内';
    case 'minimum':
      return `不能小于${p.limit}`;
    case 'maximum':
      return `不能大于${p.limit}`;
    case 'exclusiveMinimum':
      return `必须大于${p.limit}`;
    case 'exclusiveMaximum':
      return `必须小于${p.limit}`;
    case 'minItems':
      return `至少${p.limit}项`;
    case 'maxItems':
      return `最多${p.limit}项`;
    case 'uniqueItems':
      return '不能有重复项';
    case 'additionalProperties':
      return `不允许的字段 ${String(p.additionalProperty)}`;
    case 'minProperties':
    case 'maxProperties':
      return '字段数量不正确';
    default:
      return '取值不正确';
  }
}

function fieldOf(error: FastifySchemaValidationError, part: string): string {
  const p = error.params as Record<string, unknown>;
  const segments = (error.instancePath ?? '')
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  // required/additionalProperties report the parent; the user cares about the child.
  if (error.keyword === 'required' && typeof p.missingProperty === 'string') {
    segments.push(p.missingProperty);
  } else if (error.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') {
    segments.push(p.additionalProperty);
  }
  return segments.length > 0 ? segments.join('.') : part;
}

/**
 * Errors inside the branches of an anyOf (e.g. each literal of a union) only repeat the anyOf
 * error; keep the anyOf one so the user reads one sentence per field.
 */
function withoutBranchNoise(
  errors: readonly FastifySchemaValidationError[],
): readonly FastifySchemaValidationError[] {
  const kept = errors.filter((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath ?? ''));
  return kept.length > 0 ? kept : errors;
}

export function translateValidation(
  errors: readonly FastifySchemaValidationError[],
  part: string,
): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  let message: string | undefined;
  for (const error of withoutBranchNoise(errors)) {
    const field = fieldOf(error, part);
    const text = describe(error);
    fields[field] ??= text;
    if (message === undefined) {
      // "不允许的字段 x" already names the field.
      const label = field === part ? (PART_NAMES[part] ?? part) : field;
      message = error.keyword === 'additionalProperties' ? text : `${label}：${text}`;
    }
  }
  return { message: message ?? '请求参数有误', fields };
}
