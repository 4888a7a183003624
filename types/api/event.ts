import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common';

/** A visit from a QR code: where the user came from (the square, a shop, a poster). */
export const VisitBody = Type.Object({
  source: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:=-]+$' }),
  channel: literals(['weapp', 'h5'] as const),
  path: Type.Optional(Type.String({ maxLength: 200 })),
});
export type VisitBody = Static<typeof VisitBody>;

export const VisitCreated = Type.Object({ id: Type.String() });
export type VisitCreated = Static<typeof VisitCreated>;

export const VisitSummaryQuery = Type.Object({
  /** How many Asia/Shanghai days back, today included. */
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, default: 30 })),
});
export type VisitSummaryQuery = Static<typeof VisitSummaryQuery>;

/** QR visit counts for staff: per source and per Asia/Shanghai day, over [from, to]. */
export const VisitSummary = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  total: Type.Integer(),
  bySource: Type.Array(Type.Object({ source: Type.String(), count: Type.Integer() })),
  byDay: Type.Array(Type.Object({ date: Type.String({ format: 'date' }), count: Type.Integer() })),
});
export type VisitSummary = Static<typeof VisitSummary>;
