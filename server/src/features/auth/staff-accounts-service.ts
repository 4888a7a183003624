import { Value } from '@sinclair/typebox/value';
import type { Kysely } from 'kysely';
import { StaffLoginBody } from '@api/auth';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { AppError, conflict, notFound } from '../../plugins/app-error';
import { generatePassword, hashPassword } from './passwords';
import { findUserByUsername, insertStaffUser, setPassword, type UserRow } from './auth-repository';

export type StaffRole = 'staff' | 'admin';

function checkUsername(username: string): void {
  if (!Value.Check(StaffLoginBody.properties.username, username)) {
    throw new AppError(
      400,
      'USERNAME_INVALID',
      '用户名须为 2–32 个字符，只能包含字母、数字、下划线、点和连字符',
    );
  }
}

const usernameTaken = (username: string) => conflict('USERNAME_TAKEN', `用户名 ${username} 已存在`);

/** Who asks, and when (the CLI's clock or the app's deps.now()). */
interface StaffAccountRequest {
  username: string;
  actorId?: string | null;
  at: Date;
}

/** Create a staff or admin account with a one-time password, which is returned exactly once. */
export async function createStaffAccount(
  db: Kysely<Database>,
  input: StaffAccountRequest & { role: StaffRole },
): Promise<{ user: UserRow; password: string }> {
  checkUsername(input.username);
  if (await findUserByUsername(db, input.username)) throw usernameTaken(input.username);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction().execute(async (trx) => {
    const row = await insertStaffUser(
      trx,
      { username: input.username, role: input.role, passwordHash },
      input.at,
    );
    // Lost a race with another create of the same name.
    if (!row) throw usernameTaken(input.username);
    await recordAudit(trx, {
      actorId: input.actorId ?? null,
      action: 'staff.create',
      targetType: 'user',
      targetId: row.id,
      detail: { username: row.username, role: row.role },
      at: input.at,
    });
    return row;
  });
  return { user, password };
}

/** Give a staff or admin account a new one-time password (it must be changed at next sign-in). */
export async function resetStaffPassword(
  db: Kysely<Database>,
  input: StaffAccountRequest,
): Promise<{ user: UserRow; password: string }> {
  const user = await findUserByUsername(db, input.username);
  if (!user || (user.role !== 'staff' && user.role !== 'admin')) {
    throw notFound('USER_NOT_FOUND', `没有名为 ${input.username} 的工作人员账号`);
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await setPassword(trx, user.id, passwordHash, true, input.at);
    await recordAudit(trx, {
      actorId: input.actorId ?? null,
      action: 'staff.reset_password',
      targetType: 'user',
      targetId: user.id,
      at: input.at,
    });
  });
  return { user, password };
}
