import { spawnSync } from 'node:child_process';
import type { Session } from '@api/auth';
import { apiCall } from './api-client';
import { ROOT } from './real-server';

/** Creates a staff (or admin) account with the real admin CLI against the server's database. */
export function createStaff(dataDir: string, username: string, admin = false): string {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/src/cli/admin.ts',
      'create-staff',
      username,
      ...(admin ? ['--admin'] : []),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  );
  const password = result.stdout.match(/一次性密码:\s*(\S+)/)?.[1];
  if (result.status !== 0 || !password) {
    throw new Error(`create-staff failed:\n${result.stdout}\n${result.stderr}`);
  }
  return password;
}

/** The password new test staff choose when the server makes them replace the one-time one. */
export const NEW_STAFF_PASSWORD = 'staff-password-2026';

/**
 * A staff account as it is after its first real sign-in: created by the CLI, signed in with the
 * one-time password, which is then changed (the server allows nothing else before). Returns
 * the session issued by the change: tokens from before it are revoked.
 */
export async function signInNewStaff(
  origin: string,
  dataDir: string,
  username: string,
  admin = false,
): Promise<Session> {
  const oneTime = createStaff(dataDir, username, admin);
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
