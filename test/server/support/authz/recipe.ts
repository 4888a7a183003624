import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Caller } from '../authz-table';
import type { Account, AuthzWorld, SignedIn } from './world';

export interface Ctx {
  w: AuthzWorld;
  caller: Caller;
  /** The caller's account (undefined for anonymous). */
  who?: Account;
}

/** How to call one operation in the matrix. */
export interface Recipe {
  /**
   * The object(s) owned by someone else that the call names, in its path or its body; absent
   * when the operation names none.
   */
  other?: (ctx: Ctx) => string | string[] | Promise<string | string[]>;
  /** The caller's own object, for own-only cells. */
  own?: (ctx: Ctx & { caller: SignedIn; who: Account }) => Promise<string>;
  /** An allowed call uses its object up (a state change): each allowed caller gets a new one. */
  fresh?: (w: AuthzWorld) => Promise<string>;
  /** An allowed call uses the account up (a password change): each gets a new account. */
  freshCaller?: boolean;
  /**
   * Valid requests naming `target`; the first is what an allowed caller sends, a refused caller
   * must be refused with every one of them.
   */
  requests: (target: string | undefined, ctx: Ctx) => InjectOptions[] | Promise<InjectOptions[]>;
  /** Ids that must not appear in a scoped caller's answer. */
  foreign?: (w: AuthzWorld) => string[];
  /** Requests whose body names someone else's upload: refused with 400, nothing written. */
  foreignRefs?: (ctx: Ctx & { who: Account }) => Promise<InjectOptions[]>;
  /** After an allowed call: wait for background work it started. */
  settle?: (w: AuthzWorld, res: LightMyRequestResponse) => Promise<void>;
}

export const get = (url: string): InjectOptions => ({ method: 'GET', url });
export const post = (url: string, payload: object): InjectOptions => ({
  method: 'POST',
  url,
  payload,
});
