/** What the disclosure suite needs around its measurements: staff, the quarter, the deadline. */
import path from 'node:path';
import type { Session } from '@api/auth';
import type { StaffBatch } from '@api/disclosure';
import { createDb, type DbHandle } from '../../server/src/db';
import { createStaffAccount } from '../../server/src/features/auth/staff-accounts-service';
import { addDays, shanghaiDate } from '../../server/src/time';
import { apiCall } from '../../test/support/api-client';
import { NEW_STAFF_PASSWORD } from '../../test/support/staff';
import { timedCall } from './timed-call';

/** The one who makes the batch, and the second staff member who publishes it. */
export const STAFF = ['bench-disclosure-maker', 'bench-disclosure-approver'] as const;

/** A staff account with a one-time password, straight in the database (either dialect). */
export async function createStaffPassword(
  handle: DbHandle,
  username: string,
  at: Date,
): Promise<string> {
  const { password } = await createStaffAccount(handle.db, { username, role: 'staff', at });
  return password;
}

/** Signs in with the one-time password and replaces it, as a new staff member must. */
export async function signInStaff(origin: string, username: string, oneTime: string) {
  const first = await apiCall<Session>(origin, 'POST', '/auth/staff', {
    username,
    password: oneTime,
  });
  return apiCall<Session>(
    origin,
    'POST',
    '/auth/password',
    { currentPassword: oneTime, newPassword: NEW_STAFF_PASSWORD },
    first.token,
  );
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The last calendar quarter that has ended (Asia/Shanghai), as a county would publish it. */
export function lastFullQuarter(now: Date) {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const nextStart = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  const to = addDays(nextStart, -1);
  return {
    from,
    to,
    dates: { periodFrom: from, periodTo: to },
    title: `${y}年第${QUARTER_NAMES[q]}季度投诉信息公示`,
  };
}

/**
 * No business objects in a benchmark: the objection deadline is moved to yesterday, as if the
 * working days had passed, so that the batch may be submitted (a database of its own; the
 * server reads the row afresh).
 */
export async function passObjectionDeadline(
  databaseUrl: string,
  dataDir: string,
  batchId: string,
): Promise<void> {
  const handle = createDb({
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'sqlite', file: path.join(dataDir, 'fangxin.db') },
  });
  try {
    await handle.db
      .updateTable('disclosure_batches')
      .set({ objection_deadline: addDays(shanghaiDate(new Date()), -1) })
      .where('id', '=', batchId)
      .execute();
  } finally {
    await handle.close();
  }
}

/** The batch's frozen counts, as staff see them. */
export async function countBatchRows(origin: string, token: string, batchId: string) {
  const { body } = await timedCall<StaffBatch>(
    origin,
    'GET',
    `/disclosure/batches/${batchId}/manage`,
    { token },
  );
  return { candidates: body.candidates, included: body.included, excluded: body.excluded };
}
