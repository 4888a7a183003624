import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common';

export const Health = Type.Object({
  status: Type.Literal('ok'),
  db: literals(['sqlite', 'postgres'] as const),
  version: Type.String(),
});
export type Health = Static<typeof Health>;

/** Liveness: the process answers (no database); a load balancer restarts it when this fails. */
export const Liveness = Type.Object({ status: Type.Literal('live') });
export type Liveness = Static<typeof Liveness>;

export const CHECK_RESULTS = ['ok', 'failed'] as const;
export const CheckResult = literals(CHECK_RESULTS);
export type CheckResult = Static<typeof CheckResult>;

/** What readiness looked at; redis only when REDIS_URL is set. */
export const ReadinessChecks = Type.Object({
  /** Not shutting down: a closing instance is drained before it stops. */
  accepting: CheckResult,
  /** The database answered a query within a second. */
  database: CheckResult,
  /** The upload storage answered (informational: without it only uploads fail, on every instance). */
  storage: CheckResult,
  /** Redis answered PING (informational: without it rate limits are skipped, not the API). */
  redis: Type.Optional(CheckResult),
});
export type ReadinessChecks = Static<typeof ReadinessChecks>;

export const Readiness = Type.Object({
  status: Type.Literal('ready'),
  checks: ReadinessChecks,
});
export type Readiness = Static<typeof Readiness>;

/** 503: the load balancer sends no traffic here; the message names what failed. */
export const NotReady = Type.Object({
  code: Type.Literal('NOT_READY'),
  message: Type.String({ examples: ['服务未就绪：数据库无响应'] }),
  checks: ReadinessChecks,
});
export type NotReady = Static<typeof NotReady>;
