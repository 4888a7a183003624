import { Type, type Static } from '@sinclair/typebox';

/** A visit from a QR code: where the user came from (the square, a shop, a poster). */
export const VisitBody = Type.Object({
  source: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:=-]+$' }),
  channel: Type.Union([Type.Literal('weapp'), Type.Literal('h5')]),
  path: Type.Optional(Type.String({ maxLength: 200 })),
});
export type VisitBody = Static<typeof VisitBody>;

export const VisitCreated = Type.Object({ id: Type.String() });
export type VisitCreated = Static<typeof VisitCreated>;
