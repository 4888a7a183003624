import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildValidator = NonNullable<
  NonNullable<
    NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
  >['buildValidator']
>;

const pool = AjvCompiler();

/**
 * Two ajv instances: query strings and params are text and get coerced ('5' → 5); JSON bodies
 * already carry types and are checked strictly (no '123' for a number, no scalar → array).
 * Unknown body fields are rejected by the schemas (additionalProperties: false), never removed.
 */
export const buildValidator: BuildValidator = (externalSchemas, ajvOptions) => {
  const base = {
    ...ajvOptions?.customOptions,
    removeAdditional: false,
    useDefaults: true,
    // One error per request: allErrors lets a hostile body make ajv do unbounded work.
    allErrors: false,
    // multipleOf: 0.01 (money) in exact decimals: in floating point 19.99 / 0.01 is not whole.
    multipleOfPrecision: 6,
  } as const;
  const plugins = ajvOptions?.plugins ?? [];
  const coercing = pool(externalSchemas, {
    plugins,
    customOptions: { ...base, coerceTypes: 'array' },
  });
  const strict = pool(externalSchemas, { plugins, customOptions: { ...base, coerceTypes: false } });
  return (route) => (route.httpPart === 'body' ? strict(route) : coercing(route));
};
