import { Type, type Static, type TProperties, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { REASON_LIMIT } from '../../src/domain/text-length';

/** A union of string literals from a list, e.g. literals(['a', 'b'] as const). */
export const literals = <T extends string>(
  values: readonly T[],
  options?: Parameters<typeof Type.Union>[1],
) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  );

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

export const ROLES = ['consumer', 'merchant', 'staff', 'admin'] as const;
export const Role = literals(ROLES);
export type Role = Static<typeof Role>;

/** Opaque ids are ULIDs: 26 Crockford base32 characters. */
export const Ulid = Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{26}$' });

/** Why staff refuse or revoke, or a merchant withdraws: shown to the other side. */
export const Reason = Type.String({ minLength: REASON_LIMIT.min, maxLength: REASON_LIMIT.max });

/** `/:id` of a stored thing; an id that names nothing is the service's 404, not a 400. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });
export type IdParams = Static<typeof IdParams>;

/** `/:id` that must be a ULID (anything else is a 400). */
export const UlidParams = Type.Object({ id: Ulid });
export type UlidParams = Static<typeof UlidParams>;

/** Keyset paging: `cursor` from the previous page's nextCursor; spread into a list's query. */
export const CursorQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type CursorQuery = Static<typeof CursorQuery>;

/** A paged list's query: its filters, then cursor and limit. */
export const PagedQuery = <T extends TProperties>(filters: T) =>
  Type.Object({ ...filters, ...CursorQuery.properties });

/** One page of a list: nextCursor is null on the last page. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
  });

/** What a Page(item) answer is, for code generic over the item (the client's list hooks). */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** One page of a quiz list: nextCursor is left out on the last page. */
export const PageWithOptionalCursor = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Optional(Type.String()),
  });

/** A PNG image answer (QR codes for posters). */
export const PngImage: TUnsafe<Uint8Array> = Type.Unsafe<Uint8Array>({
  type: 'string',
  format: 'binary',
  description: 'PNG 图片',
});

/** PUT …/useful (有用, once per user): the count and whether the caller has marked it. */
export const UsefulState = Type.Object({
  usefulCount: Type.Integer({ minimum: 0 }),
  markedUseful: Type.Boolean(),
});
export type UsefulState = Static<typeof UsefulState>;

/**
 * POST …/shares (anyone, best effort): a 转发 to a chat, to 朋友圈, or a saved poster. The shared
 * link carries `src=<SHARE_SOURCE prefix>.<id>` so the visits it brings are counted per item.
 */
export const SHARE_CHANNELS = ['chat', 'timeline', 'poster'] as const;
export const ShareBody = Type.Object({ channel: literals(SHARE_CHANNELS) });
export type ShareBody = Static<typeof ShareBody>;

export { SHARE_SOURCE } from '../../src/domain/share-source';
