/** The kinds of caller every operation is tried with, and hand-made (forged) tokens. */
import { createHmac } from 'node:crypto';

export const CALLER_KINDS = [
  'anonymous',
  'consumer',
  'merchant',
  'staff',
  'admin',
  'forged-hs512',
  'alg-none',
  'expired',
] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/** The Authorization header value of each caller (none for anonymous). */
export type Callers = Record<CallerKind, string | undefined>;

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT with any header, signed with HMAC (HS256/384/512) or not signed at all. */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string,
): string {
  const head = `${b64(header)}.${b64(payload)}`;
  const alg = String(header.alg);
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  if (!hash) return `${head}.`;
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);

/** The real sessions plus three tokens nobody was issued, each claiming the admin's account. */
export function buildCallers(
  sessions: { consumer: string; merchant: string; staff: string; admin: string },
  admin: { id: string },
  consumer: { id: string },
  secret: string,
): Callers {
  const claims = { sub: admin.id, role: 'admin', iat: now() };
  return {
    anonymous: undefined,
    consumer: `Bearer ${sessions.consumer}`,
    merchant: `Bearer ${sessions.merchant}`,
    staff: `Bearer ${sessions.staff}`,
    admin: `Bearer ${sessions.admin}`,
    // The right secret but an algorithm the server does not use.
    'forged-hs512': `Bearer ${signJwt({ alg: 'HS512', typ: 'JWT' }, claims, secret)}`,
    'alg-none': `Bearer ${signJwt({ alg: 'none', typ: 'JWT' }, claims, secret)}`,
    expired: `Bearer ${signJwt(
      { alg: 'HS256', typ: 'JWT' },
      { sub: consumer.id, role: 'consumer', iat: now() - 7200, exp: now() - 3600 },
      secret,
    )}`,
  };
}

/** Odd Authorization headers, for the auth-header mutation (given the secret and a user id). */
export function oddAuthorizations(secret: string, userId: string): string[] {
  const t = now();
  const hs = (payload: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    signJwt({ alg: 'HS256', typ: 'JWT', ...header }, payload, secret);
  return [
    'Bearer',
    'Bearer ',
    'Bearer a.b.c',
    'Bearer ...',
    'Basic Zm9vOmJhcg==',
    `Bearer ${hs({ sub: userId, role: 'admin', iat: t, nbf: t + 3600 })}`,
    `Bearer ${hs({ sub: userId, role: 'consumer', iat: t }, { alg: 'RS256' })}`,
    `Bearer ${signJwt({ alg: 42 }, { sub: userId, role: 'admin' }, secret)}`,
    `Bearer ${hs({ sub: 'no-such-user', role: 'admin', iat: t })}`,
    `Bearer ${hs({ sub: 12345, role: 'admin', iat: t })}`,
    `Bearer ${hs({ sub: { $ne: null }, role: 'root', iat: t })}`,
    `Bearer ${hs({ role: 'admin', iat: t })}`,
    `Bearer ${hs({ sub: userId, role: 'admin', iat: 'yesterday', ver: 'x' })}`,
    `Bearer ${hs({ sub: userId, role: 'consumer', iat: t }).slice(0, -3)}xyz`,
    `Bearer ${b64('{')}.${b64('{')}.x`,
    `Bearer ${'a'.repeat(10000)}`,
    `bearer ${hs({ sub: userId, role: 'consumer', iat: t })}`,
    `Bearer ${hs({ sub: userId, role: 'consumer', iat: t })} extra`,
  ];
}
