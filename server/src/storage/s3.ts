import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { StorageConfig } from '../config';
import { AppError } from '../plugins/app-error';
import type { Storage } from './index';
import { isStorageKey, keyPath } from './key';

export type S3StorageConfig = Extract<StorageConfig, { kind: 's3' }>;

/** What the client hears when the bucket cannot be reached or refuses us (network, keys). */
export const storageUnavailable = () =>
  new AppError(503, 'STORAGE_UNAVAILABLE', '文件存储暂时不可用，请稍后再试');

/**
 * Objects under prefix/ab/cd/<sha256> in an S3-compatible bucket (AWS, 腾讯云 COS, 阿里云 OSS,
 * MinIO), the same layout as on local disk so a migration copies paths one to one.
 */
export class S3Storage implements Storage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  /** listPageSize: keys per listing request (default: the server's, 1000 on S3). */
  constructor(
    config: S3StorageConfig,
    private readonly listPageSize?: number,
  ) {
    this.bucket = config.bucket;
    this.prefix = config.prefix ? `${config.prefix}/` : '';
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // COS and OSS do not all know the newer default checksums: send them only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A bucket that does not answer fails the request in seconds, not minutes.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    });
  }

  private objectKey(key: string): string {
    return this.prefix + keyPath(key);
  }

  async put(bytes: Buffer): Promise<string> {
    const key = createHash('sha256').update(bytes).digest('hex');
    if (await this.has(key)) return key;
    await this.call(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.objectKey(key),
          Body: bytes,
          // Every S3-compatible server checks it: a body damaged on the way is refused, not kept.
          ContentMD5: createHash('md5').update(bytes).digest('base64'),
          ContentType: 'application/octet-stream',
        }),
      ),
    );
    return key;
  }

  async get(key: string): Promise<Buffer | undefined> {
    if (!isStorageKey(key)) return undefined;
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      if (!answer.Body) return undefined;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw unavailable(err);
    }
  }

  async has(key: string): Promise<boolean> {
    if (!isStorageKey(key)) return false;
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw unavailable(err);
    }
  }

  /**
   * Pages by Marker (the last key seen) on the first ListObjects: every S3-compatible server
   * knows it, while V2 continuation tokens are each server's own (s3rver's need legacy DES).
   */
  async *list(): AsyncIterable<string> {
    let after: string | undefined;
    for (;;) {
      const page = await this.call(() =>
        this.client.send(
          new ListObjectsCommand({
            Bucket: this.bucket,
            Prefix: this.prefix || undefined,
            Marker: after,
            MaxKeys: this.listPageSize,
          }),
        ),
      );
      const objects = page.Contents ?? [];
      for (const object of objects) {
        const key = object.Key?.split('/').pop();
        if (key && isStorageKey(key) && object.Key === this.objectKey(key)) yield key;
      }
      after = objects.at(-1)?.Key;
      if (!page.IsTruncated || after === undefined) return;
    }
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      throw unavailable(err);
    }
  }
}

function isMissing(err: unknown): boolean {
  return (
    err instanceof S3ServiceException &&
    (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404)
  );
}

/** Keeps the cause for the log; the client sees only the Chinese message. */
function unavailable(cause: unknown): AppError {
  const error = storageUnavailable();
  error.cause = cause;
  return error;
}
