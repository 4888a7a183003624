// s3rver ships no types; a reference (not tsconfig) so both projects see the declaration.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./s3rver.d.ts" />
/**
 * A real S3-compatible server (s3rver) in this process, on a free loopback port, with one empty
 * bucket in a temporary folder: what the object-storage tests and benchmarks talk to.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface S3Server {
  /** http://127.0.0.1:PORT — use with forcePathStyle (no bucket subdomains on loopback). */
  endpoint: string;
  bucket: string;
  /** s3rver's built-in key pair: an unknown key id is refused (V4 signatures go unchecked). */
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = 'uploads'): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    stop: () =>
      (stopped ??= server
        .close()
        .finally(() => fs.rmSync(directory, { recursive: true, force: true }))),
  };
}
