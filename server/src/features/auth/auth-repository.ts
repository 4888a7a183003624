import type { Kysely, Selectable } from 'kysely';
import { ulid } from 'ulid';
import type { Role } from '@api/common';
import { unlessTaken } from '../../db/errors';
import type { Database, UsersTable } from '../../db/schema';

export type UserRow = Selectable<UsersTable>;

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function defaultNickname(id: string): string {
  return `微信用户${id.slice(-4)}`;
}

/**
 * Create the consumer on first sign-in, or refresh its WeChat session key. One statement, so two
 * simultaneous first logins with the same openid still make one user.
 */
export async function upsertWechatUser(
  db: Kysely<Database>,
  input: { openid: string; unionid?: string; sessionKey: string | null; nickname?: string },
  at: Date,
): Promise<UserRow> {
  const id = ulid();
  const now = at.toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      role: 'consumer',
      openid: input.openid,
      unionid: input.unionid ?? null,
      session_key: input.sessionKey,
      username: null,
      password_hash: null,
      must_change_password: 0,
      nickname: input.nickname ?? defaultNickname(id),
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('openid').doUpdateSet((eb) => ({
        session_key: input.sessionKey,
        unionid: input.unionid ?? eb.ref('users.unionid'),
        ...(input.nickname ? { nickname: input.nickname } : {}),
        updated_at: now,
      })),
    )
    .execute();
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('openid', '=', input.openid)
    .executeTakeFirstOrThrow();
  return row;
}

/** The new account; undefined when the username was taken meanwhile (a unique key race). */
export async function insertStaffUser(
  db: Kysely<Database>,
  input: { username: string; role: Extract<Role, 'staff' | 'admin'>; passwordHash: string },
  at: Date,
): Promise<UserRow | undefined> {
  const now = at.toISOString();
  const row: UserRow = {
    id: ulid(),
    role: input.role,
    openid: null,
    unionid: null,
    session_key: null,
    username: input.username,
    password_hash: input.passwordHash,
    must_change_password: 1,
    token_version: 0,
    nickname: input.username,
    created_at: now,
    updated_at: now,
  };
  const inserted = await unlessTaken(() => db.insertInto('users').values(row).execute());
  return inserted ? row : undefined;
}

/** A new password revokes every token issued before it (the version they carry is stale). */
export async function setPassword(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
  mustChange: boolean,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: mustChange ? 1 : 0,
      token_version: eb('token_version', '+', 1),
      updated_at: at.toISOString(),
    }))
    .where('id', '=', id)
    .execute();
}

/** A consumer whose merchant membership was approved acts as a merchant from the next request. */
export async function promoteToMerchant(
  db: Kysely<Database>,
  userId: string,
  at: string,
): Promise<void> {
  // Staff and admins keep their role.
  await db
    .updateTable('users')
    .set({ role: 'merchant', updated_at: at })
    .where('id', '=', userId)
    .where('role', '=', 'consumer')
    .execute();
}

/** How accounts are named in other features' lists (who reported, who imported), by id. */
export async function accountNames(
  db: Kysely<Database>,
  ids: readonly (string | null)[],
): Promise<Map<string, { username: string | null; nickname: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'nickname'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, { username: r.username, nickname: r.nickname }]));
}
