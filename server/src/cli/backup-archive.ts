/**
 * A backup is one gzip'd tar of plain files (`tar -tzf` lists it, `tar -xzf` unpacks it), written
 * and read as streams with tar-stream, so a large database never sits in memory whole.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { AppError } from '../plugins/app-error';

/** A backup file that cannot be read as one: the operator's input, so a 4xx-style refusal. */
export class ArchiveError extends AppError {
  constructor(message: string) {
    super(400, 'BACKUP_INVALID', message);
  }
}

const FILE_MODE = 0o600;

/** Appends files to a .tar.gz; end() writes the closing blocks and waits for the disk. */
export class ArchiveWriter {
  private readonly pack = tar.pack();
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.done = pipeline(this.pack, createGzip(), createWriteStream(path, { mode: FILE_MODE }));
    this.done.catch(() => undefined); // reported by end(); not an unhandled rejection before it
  }

  addBuffer(name: string, bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pack.entry({ name, size: bytes.length, mode: FILE_MODE }, bytes, (err) =>
        err ? reject(err) : resolve(),
      );
    });
  }

  /** A file copied as a stream (the database may be large); its size must not change meanwhile. */
  addFile(name: string, path: string, size: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const entry = this.pack.entry({ name, size, mode: FILE_MODE }, (err) =>
        err ? reject(new ArchiveError(`${name} 在复制时大小发生变化`)) : resolve(),
      );
      entry.on('error', () => undefined); // reported through the callback above
      // tar-stream's entry is a streamx Writable, which Node's pipe drives like its own.
      createReadStream(path)
        .on('error', reject)
        .pipe(entry as unknown as Writable);
    });
  }

  async end(): Promise<void> {
    this.pack.finalize();
    await this.done;
  }
}

export interface ArchiveEntry {
  name: string;
  size: number;
  /** The whole content (entries are read one at a time; read it or pipe it before the next). */
  bytes(): Promise<Buffer>;
  /** The content into a stream (for the database file). */
  pipeTo(target: Writable): Promise<void>;
}

/** The files of a .tar.gz in order; a truncated, damaged or foreign file is an ArchiveError. */
export async function* readArchive(path: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  // A read error (a folder, no permission) or bad gzip reaches the loop below, never a hang.
  const fail = (err: Error) => extract.destroy(err);
  createReadStream(path).on('error', fail).pipe(createGunzip()).on('error', fail).pipe(extract);
  try {
    for await (const entry of extract) {
      const { name, size = 0, type } = entry.header;
      if (type !== 'file') throw new ArchiveError(`备份中有不支持的条目类型 ${type}`);
      let consumed = false;
      const claim = () => {
        if (consumed) throw new ArchiveError(`${name} 已读取`);
        consumed = true;
      };
      // The content is read by the caller: a cut or damaged stream fails there, as an ArchiveError.
      const chunks = async function* () {
        try {
          for await (const chunk of entry as AsyncIterable<Buffer>) yield chunk;
        } catch (err) {
          throw archiveError(path, err);
        }
      };
      yield {
        name,
        size,
        bytes: async () => {
          claim();
          const parts: Buffer[] = [];
          for await (const chunk of chunks()) parts.push(chunk);
          return Buffer.concat(parts);
        },
        pipeTo: async (target) => {
          claim();
          for await (const chunk of chunks()) {
            if (!target.write(chunk)) await once(target, 'drain');
          }
        },
      };
      if (!consumed) entry.resume();
    }
  } catch (err) {
    throw archiveError(path, err);
  } finally {
    extract.destroy();
  }
}

function archiveError(path: string, err: unknown): ArchiveError {
  if (err instanceof ArchiveError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new ArchiveError(
    `无法读取备份文件 ${path}（不是本系统的 tar.gz 备份，或已损坏、不完整）：${reason}`,
  );
}
