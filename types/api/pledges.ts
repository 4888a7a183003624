import { Type, type Static } from '@sinclair/typebox';

export const PledgeKind = Type.Union([Type.Literal('offline-return'), Type.Literal('initiative')]);
export type PledgeKind = Static<typeof PledgeKind>;

/** pending: signed, awaiting staff; verified: 已核验; withdrawn by the merchant; revoked by staff. */
export const PledgeStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('verified'),
  Type.Literal('withdrawn'),
  Type.Literal('revoked'),
]);
export type PledgeStatus = Static<typeof PledgeStatus>;

/** What the merchant page shows of a pledge; the full certificate comes with the pledges feature. */
export const PledgeSummary = Type.Object({
  id: Type.String(),
  kind: PledgeKind,
  status: PledgeStatus,
  certificateNo: Type.String(),
  signedAt: Type.String({ format: 'date-time' }),
  startsOn: Type.String({ format: 'date' }),
  /** offline-return only: the return window in days, and what is excluded. */
  windowDays: Type.Optional(Type.Integer()),
  excluded: Type.Optional(Type.Array(Type.String())),
  /** When and why it stopped counting (withdrawn or revoked). */
  endedOn: Type.Optional(Type.String({ format: 'date' })),
  endedReason: Type.Optional(Type.String()),
});
export type PledgeSummary = Static<typeof PledgeSummary>;
