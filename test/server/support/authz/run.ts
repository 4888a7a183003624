import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { CALLERS, type Caller, type Rule, type Verdict } from '../authz-table';
import type { Ctx, Recipe } from './recipe';
import { changedTables, digest } from './state';
import type { Account, AuthzWorld } from './world';

/** What one row's check covered and what it found wrong. */
export interface RowResult {
  problems: string[];
  requests: number;
  /** Ids of objects owned by someone else that the row called with. */
  others: Set<string>;
  /** Bodies naming someone else's upload, refused. */
  refs: number;
}

type Check = Verdict | 'ref';
interface Planned {
  caller: Caller;
  who?: Account;
  check: Check;
  req: InjectOptions;
  /** The first request of the caller's list (scoped: must be 200; others may be 403). */
  first: boolean;
}

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
const ok = (status: number) => status >= 200 && status < 300;

function expected(check: Check, caller: Caller, first: boolean): number[] {
  switch (check) {
    case 'deny':
      return [caller === 'anonymous' || caller === 'staffRevoked' ? 401 : 403];
    case 'hidden':
    case 'own-only':
      return [404];
    case 'ref':
      return [400];
    case 'scoped':
      return first ? [200] : [200, 403];
    case 'allow':
      return [200, 201, 202, 204];
  }
}

function describeRes(res: LightMyRequestResponse): string {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('json')) return `${res.statusCode}`;
  const body = res.json<{ code?: unknown }>();
  return `${res.statusCode} ${String(body.code ?? '')}`;
}

const DENIED_BECAUSE: Partial<Record<Caller, string>> = {
  staffOtp: 'PASSWORD_CHANGE_REQUIRED',
  staffRevoked: 'TOKEN_REVOKED',
};

/** The refusal is in the API's error shape; a staff account's refusal says why. */
function shapeProblem(res: LightMyRequestResponse, caller: Caller, check: Check): string | null {
  let body: { code?: unknown; message?: unknown };
  try {
    body = res.json();
  } catch {
    return 'not a JSON error';
  }
  if (typeof body.code !== 'string' || typeof body.message !== 'string') {
    return 'no {code, message}';
  }
  const because = DENIED_BECAUSE[caller];
  if (because && check === 'deny' && body.code !== because) {
    return `code ${body.code}, not ${because}`;
  }
  return null;
}

/** Refused, hidden and scoped calls first (nothing may change), then the allowed ones. */
export async function checkRow(w: AuthzWorld, rule: Rule, recipe: Recipe): Promise<RowResult> {
  const result: RowResult = { problems: [], requests: 0, others: new Set(), refs: 0 };
  const fail = (caller: Caller, check: Check, req: InjectOptions, got: string, want: string) =>
    result.problems.push(`${caller} (${check}) ${req.method} ${req.url}: got ${got}, want ${want}`);
  const send = (who: Account | undefined, req: InjectOptions) => {
    result.requests++;
    return w.as(who, req);
  };

  // Build every request before the first digest: building may upload or create fixtures.
  const planned: Planned[] = [];
  for (const caller of CALLERS) {
    const check = rule[caller];
    const who = caller === 'anonymous' ? undefined : w.callers[caller];
    const ctx: Ctx = { w, caller, who };
    if ((check === 'hidden' || check === 'own-only') && !recipe.other) {
      result.problems.push(`${caller} (${check}): the operation names no object of anyone's`);
    }
    if (check === 'scoped' && !recipe.foreign) {
      result.problems.push(`${caller} (scoped): the recipe names nothing that must stay hidden`);
    }
    if (check !== 'allow') {
      const targets = recipe.other ? asList(await recipe.other(ctx)) : [undefined];
      for (const target of targets) {
        if (target) result.others.add(target);
        const reqs = await recipe.requests(target, ctx);
        reqs.forEach((req, i) => planned.push({ caller, who, check, req, first: i === 0 }));
      }
    }
    if (who && recipe.foreignRefs && (check === 'allow' || check === 'own-only')) {
      for (const req of await recipe.foreignRefs({ ...ctx, who })) {
        planned.push({ caller, who, check: 'ref', req, first: true });
        result.refs++;
      }
    }
  }

  if (planned.length > 0) {
    const foreign = recipe.foreign?.(w) ?? [];
    const before = await digest(w.t.db);
    for (const p of planned) {
      const res = await send(p.who, p.req);
      const want = expected(p.check, p.caller, p.first);
      if (!want.includes(res.statusCode)) {
        fail(p.caller, p.check, p.req, describeRes(res), want.join('|'));
        continue;
      }
      if (p.check === 'scoped') {
        const seen = foreign.filter((id) => res.body.includes(id));
        if (seen.length > 0) fail(p.caller, p.check, p.req, `someone else's ${seen}`, 'none');
      } else {
        const bad = shapeProblem(res, p.caller, p.check);
        if (bad) fail(p.caller, p.check, p.req, bad, 'the error shape');
      }
    }
    const changed = changedTables(before, await digest(w.t.db));
    if (changed.length > 0) {
      result.problems.push(`refused or scoped calls changed the tables ${changed.join(', ')}`);
    }
  }

  for (const caller of CALLERS) {
    const check = rule[caller];
    if (check !== 'allow' && check !== 'own-only') continue;
    if (caller === 'anonymous') {
      if (check === 'allow') await allowed(w, recipe, caller, result);
      else result.problems.push('anonymous (own-only): an anonymous caller owns nothing');
      continue;
    }
    const who = recipe.freshCaller ? await w.newCaller(caller) : w.callers[caller];
    if (check === 'allow') {
      await allowed(w, recipe, caller, result, who);
      continue;
    }
    if (!recipe.own) {
      result.problems.push(`${caller} (own-only): the recipe has no own object to try`);
      continue;
    }
    const ctx = { w, caller, who };
    const [req] = await recipe.requests(await recipe.own(ctx), ctx);
    const res = await send(who, req);
    if (!ok(res.statusCode)) fail(caller, 'own-only', req, describeRes(res), '2xx on its own');
    else await recipe.settle?.(w, res);
  }
  return result;
}

/** An allowed call, on someone else's object (a fresh one if the call uses it up). */
async function allowed(
  w: AuthzWorld,
  recipe: Recipe,
  caller: Caller,
  result: RowResult,
  who?: Account,
): Promise<void> {
  const ctx: Ctx = { w, caller, who };
  let targets: (string | undefined)[] = [undefined];
  if (recipe.fresh) targets = [await recipe.fresh(w)];
  else if (recipe.other) targets = asList(await recipe.other(ctx));
  for (const target of targets) {
    if (target) result.others.add(target);
    const [req] = await recipe.requests(target, ctx);
    result.requests++;
    const res = await w.as(who, req);
    if (!ok(res.statusCode)) {
      result.problems.push(
        `${caller} (allow) ${req.method} ${req.url}: got ${describeRes(res)}, want 2xx`,
      );
    } else {
      await recipe.settle?.(w, res);
    }
  }
}
