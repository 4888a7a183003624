import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common';

export const Health = Type.Object({
  status: Type.Literal('ok'),
  db: literals(['sqlite', 'postgres'] as const),
  version: Type.String(),
});
export type Health = Static<typeof Health>;
