/**
 * Backup and restore for real: a server process writes while the admin CLI backs its SQLite
 * database and uploads up; the archive is restored into an empty DATA_DIR and a second server
 * on it serves every complaint, pledge and upload, byte for byte.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import type { Session } from '@api/auth';
import type { ComplaintCreated, ComplaintDetail } from '@api/complaints';
import type { Membership } from '@api/merchants';
import type { PledgeCertificate, PledgeCreated } from '@api/pledges';
import type { Upload } from '@api/uploads';
import { ArchiveWriter } from '../../server/src/cli/backup-archive';
import { backupConfig, restore } from '../../server/src/cli/backup';
import { shanghaiDate } from '../../server/src/time';
import { apiCall, uploadPng } from '../support/api-client';
import { ROOT, startRealServer, type RealServer } from '../support/real-server';
import { makeTempDir, spawnServer, type ServerProcess } from '../support/server-process';
import { signInNewStaff } from '../support/staff';
import { complaintBody } from './support/complaints';
import { makePng, pngChunk, registration, testCode } from './support/merchants';

jest.setTimeout(90_000);

const run = promisify(execFile);

/** The admin CLI as an operator runs it, against one DATA_DIR on SQLite. */
async function admin(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/admin.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: '' },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** A handwritten-looking signature: noise, so it has ink and is well over the size floor. */
function signaturePng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 64, 0, 0, 0, 8, 8, 2, 0, 0, 0]);
  const rows = Array.from({ length: 8 }, () =>
    Buffer.concat([Buffer.from([0]), randomBytes(64 * 3)]),
  );
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const bytesOf = async (origin: string, path: string, token?: string) => {
  const res = await fetch(`${origin}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

/** Both servers name the same public address (certificates hold links to it). */
const SAME_ORIGIN = { PUBLIC_BASE_URL: 'http://315.county.test' };

let source: RealServer;
let restored: ServerProcess | undefined;
const archiveDir = makeTempDir('fx-backup-');
const archive = join(archiveDir, 'fangxin-backup.tar.gz');
const restoreDir = makeTempDir('fx-restored-');

beforeAll(async () => {
  source = await startRealServer({
    SEED_DEMO: 'false',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...SAME_ORIGIN,
  });
});
afterAll(async () => {
  await restored?.stop();
  await source.stop();
  rmSync(archiveDir, { recursive: true, force: true });
  rmSync(restoreDir, { recursive: true, force: true });
});

it('backs up a running server and restores it into an empty DATA_DIR, every record and file intact', async () => {
  const { origin, dataDir } = source;
  const consumer = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'backup-user' });
  const owner = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'backup-owner' });
  const staff = await signInNewStaff(origin, dataDir, 'backup.staff');

  // An upload on its own, a complaint with evidence, and a signed pledge.
  const photo = await uploadPng(origin, 'evidence', consumer.token, Buffer.from(makePng([], 41)));
  const evidence = await uploadPng(
    origin,
    'evidence',
    consumer.token,
    Buffer.from(makePng([], 42)),
  );
  const complaint = await apiCall<ComplaintCreated>(
    origin,
    'POST',
    '/complaints',
    complaintBody({ evidence: [evidence.id] }),
    consumer.token,
  );
  const licence = await uploadPng(origin, 'licence', owner.token, Buffer.from(makePng([], 43)));
  const membership = await apiCall<Membership>(
    origin,
    'POST',
    '/merchants',
    registration({ licencePhoto: licence.id, creditCode: testCode(901), name: '备份测试商行' }),
    owner.token,
  );
  await apiCall(
    origin,
    'POST',
    `/merchants/memberships/${membership.id}/verification`,
    { decision: 'approve' },
    staff.token,
  );
  const signature = await uploadPng(origin, 'signature', owner.token, Buffer.from(signaturePng()));
  const pledge = await apiCall<PledgeCreated>(
    origin,
    'POST',
    '/pledges',
    {
      merchantId: membership.merchantId,
      kind: 'offline-return',
      terms: {
        windowDays: 7,
        scope: { kind: 'all' },
        excluded: ['定制商品'],
        conditions: { proof: 'receipt-or-other' },
        refund: { method: 'original', withinDays: 7 },
        otherBranches: false,
        startsOn: shanghaiDate(new Date()),
      },
      signature: { uploadId: signature.id, signerName: '王建国', signerRole: '店长' },
    },
    owner.token,
  );

  await apiCall(
    origin,
    'POST',
    `/pledges/${pledge.id}/transitions`,
    { action: 'verify' },
    staff.token,
  );

  const before = {
    photo: await bytesOf(origin, (photo as Upload).url, consumer.token),
    evidence: await bytesOf(origin, (evidence as Upload).url, consumer.token),
    complaint: await apiCall<ComplaintDetail>(
      origin,
      'GET',
      `/complaints/${complaint.id}`,
      undefined,
      consumer.token,
    ),
    pledge: await apiCall<PledgeCertificate>(origin, 'GET', `/pledges/${pledge.id}`),
    signature: await bytesOf(origin, `/api/v1/pledges/${pledge.id}/signature`),
  };

  // The server keeps taking complaints while the backup runs.
  let writing = true;
  const written: { id: string; token: string }[] = [];
  const writer = (async () => {
    while (writing) {
      // A new complainant each time: one person's complaints per day are limited.
      const user = await apiCall<Session>(origin, 'POST', '/auth/dev', {
        openid: `backup-writer-${written.length}`,
      });
      const c = await apiCall<ComplaintCreated>(
        origin,
        'POST',
        '/complaints',
        complaintBody(),
        user.token,
      );
      written.push({ id: c.id, token: user.token });
    }
  })();
  const backedUp = await admin(dataDir, 'backup', archive);
  writing = false;
  await writer;
  expect(backedUp).toMatchObject({ code: 0 });
  // Four uploads; content-addressed, so equal re-encoded images are one file.
  const files = Number(backedUp.out.match(/上传文件 (\d+) 个/)?.[1]);
  expect(files).toBeGreaterThanOrEqual(3);
  expect(backedUp.out).toContain('dev-personal-data-key');
  expect(written.length).toBeGreaterThan(0);

  // A standard tar.gz: the system's tar lists it.
  const listed = (await run('tar', ['-tzf', archive])).stdout.split('\n');
  expect(listed).toEqual(
    expect.arrayContaining(['fangxin.db', 'manifest.json', 'dev-personal-data-key']),
  );
  expect(listed.filter((name) => name.startsWith('uploads/'))).toHaveLength(files);

  // A second backup to the same file is refused; the first stays.
  const again = await admin(dataDir, 'backup', archive);
  expect(again.code).not.toBe(0);
  expect(again.out).toContain('备份文件已存在');

  const restoredOut = await admin(restoreDir, 'restore', archive);
  expect(restoredOut).toMatchObject({ code: 0 });
  expect(restoredOut.out).toContain(`上传文件 ${files} 个`);
  // Not over a database that is there, unless asked to.
  const over = await admin(restoreDir, 'restore', archive);
  expect(over.code).not.toBe(0);
  expect(over.out).toContain('--force');

  restored = await spawnServer({
    name: 'restored API server',
    root: ROOT,
    script: 'server/src/main.ts',
    readyPath: '/api/v1/health',
    env: {
      NODE_ENV: 'test',
      DATA_DIR: restoreDir,
      DATABASE_URL: '',
      WECHAT_APPID: '',
      WECHAT_SECRET: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      SEED_DEMO: 'false',
      ...SAME_ORIGIN,
    },
  });
  const back = restored.origin;
  // The old tokens still hold: the signing key came back with the data.
  expect(await bytesOf(back, (photo as Upload).url, consumer.token)).toEqual(before.photo);
  expect(await bytesOf(back, (evidence as Upload).url, consumer.token)).toEqual(before.evidence);
  // The complainant's name reads back: the personal-data key came back too.
  expect(
    await apiCall<ComplaintDetail>(
      back,
      'GET',
      `/complaints/${complaint.id}`,
      undefined,
      consumer.token,
    ),
  ).toEqual(before.complaint);
  expect(JSON.stringify(before.complaint)).toContain('张三');
  const certificate = await apiCall<PledgeCertificate>(back, 'GET', `/pledges/${pledge.id}`);
  expect(certificate).toEqual(before.pledge);
  expect(certificate.intact).toBe(true);
  expect(await bytesOf(back, `/api/v1/pledges/${pledge.id}/signature`)).toEqual(before.signature);
  // Those written during the backup are there or not, each whole.
  const found = [];
  for (const { id, token } of written) {
    const res = await fetch(`${back}/api/v1/complaints/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect([200, 401, 404]).toContain(res.status);
    if (res.status === 200) found.push(id);
  }
  // What the snapshot holds is a prefix of what was written: nothing later without the earlier.
  expect(written.slice(0, found.length).map((w) => w.id)).toEqual(found);
});

it('refuses to migrate uploads without object storage, and backups of PostgreSQL', async () => {
  const dir = makeTempDir('fx-refuse-');
  try {
    const migrate = await admin(dir, 'storage-migrate');
    expect(migrate.code).not.toBe(0);
    expect(migrate.out).toContain('STORAGE=s3');
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/admin.ts', 'backup', join(dir, 'x.tar.gz')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATA_DIR: dir,
          DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        },
      },
    ).catch((err: { stdout: string; stderr: string }) => err);
    expect(stdout + stderr).toContain('pg_dump');
    expect(existsSync(join(dir, 'x.tar.gz'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('restore refuses a file that is not a whole backup, and writes no database', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('fx-bad-backup-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const attempt = (file: string) =>
    restore(backupConfig({ NODE_ENV: 'test', DATA_DIR: join(dir, 'data') }), file, false);

  async function archiveOf(entries: Record<string, Buffer>): Promise<string> {
    const file = join(dir, `${randomBytes(4).toString('hex')}.tar.gz`);
    const writer = new ArchiveWriter(file);
    for (const [name, bytes] of Object.entries(entries)) await writer.addBuffer(name, bytes);
    await writer.end();
    return file;
  }

  const noDatabase = () => expect(existsSync(join(dir, 'data', 'fangxin.db'))).toBe(false);

  it('not gzip at all', async () => {
    const file = join(dir, 'notes.tar.gz');
    writeFileSync(file, '这不是备份文件');
    await expect(attempt(file)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    noDatabase();
  });

  it('cut short (a copy that stopped half way)', async () => {
    const file = await archiveOf({ 'fangxin.db': randomBytes(200_000) });
    writeFileSync(file, readFileSync(file).subarray(0, 100_000));
    await expect(attempt(file)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    noDatabase();
  });

  it('another tarball (no manifest)', async () => {
    const file = await archiveOf({ 'readme.txt': Buffer.from('hello') });
    await expect(attempt(file)).rejects.toMatchObject({
      message: expect.stringContaining('不是本系统的备份文件'),
    });
    noDatabase();
  });

  it('an upload whose bytes do not match its name', async () => {
    const file = await archiveOf({ [`uploads/${'ab'.repeat(32)}`]: Buffer.from('tampered') });
    await expect(attempt(file)).rejects.toMatchObject({
      message: expect.stringContaining('已损坏'),
    });
    noDatabase();
  });

  it('a file that changes size while it is copied is refused, not archived cut', async () => {
    const source = join(dir, 'growing.db');
    writeFileSync(source, randomBytes(3000));
    const writer = new ArchiveWriter(join(dir, 'growing.tar.gz'));
    await expect(writer.addFile('fangxin.db', source, 4000)).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
      message: expect.stringContaining('大小发生变化'),
    });
  });

  it('a folder given as the file', async () => {
    await expect(attempt(dir)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    expect(readdirSync(dir)).not.toContain('fangxin.db');
  });
});
