import { Type, type Static } from '@sinclair/typebox';

/** Every error answer: a stable code for programs, a Chinese message for people. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({ examples: ['VALIDATION_FAILED'] }),
    message: Type.String({ examples: ['请求参数有误'] }),
    /** Field path → Chinese message, for form inputs the user can fix. */
    fields: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const Role = Type.Union([
  Type.Literal('consumer'),
  Type.Literal('merchant'),
  Type.Literal('staff'),
  Type.Literal('admin'),
]);
export type Role = Static<typeof Role>;

/** Opaque ids are ULIDs: 26 Crockford base32 characters. */
export const Ulid = Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{26}$' });
