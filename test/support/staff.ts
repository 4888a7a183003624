import { spawnSync } from 'node:child_process';
import { ROOT } from './real-server';

/** Creates a staff account with the real admin CLI against the server's database. */
export function createStaff(dataDir: string, username: string): string {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/cli/admin.ts', 'create-staff', username],
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
