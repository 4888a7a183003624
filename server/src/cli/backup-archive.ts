/**
 * A gzip'd tar (ustar) of plain files, written and read as streams with Node alone: a backup is
 * one file that `tar -tzf` lists and `tar -xzf` unpacks. Only what backups need: regular files,
 * names under 100 characters, no links, no long-name extensions.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError } from '../plugins/app-error';

const BLOCK = 512;

/** A backup file that cannot be read as one: the operator's input, so a 4xx-style refusal. */
export class ArchiveError extends AppError {
  constructor(message: string) {
    super(400, 'BACKUP_INVALID', message);
  }
}

/** Appends files to a .tar.gz; end() writes the closing blocks and waits for the disk. */
export class ArchiveWriter {
  private readonly gzip = createGzip();
  private readonly done: Promise<void>;

  constructor(path: string) {
    // A disk error destroys the gzip stream too, so a write waiting for 'drain' fails, not hangs.
    this.done = pipeline(this.gzip, createWriteStream(path, { mode: 0o600 }));
    this.done.catch(() => undefined); // reported by end(); not an unhandled rejection before it
  }

  async addBuffer(name: string, bytes: Buffer): Promise<void> {
    await this.write(header(name, bytes.length));
    await this.write(bytes);
    await this.write(padding(bytes.length));
  }

  /** A file copied as a stream (the database may be large). */
  async addFile(name: string, path: string, size: number): Promise<void> {
    await this.write(header(name, size));
    let copied = 0;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      copied += chunk.length;
      await this.write(chunk);
    }
    if (copied !== size) throw new ArchiveError(`${name} 在复制时大小发生变化`);
    await this.write(padding(size));
  }

  async end(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }

  private async write(bytes: Buffer): Promise<void> {
    if (bytes.length > 0 && !this.gzip.write(bytes)) await once(this.gzip, 'drain');
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

/** The files of a .tar.gz in order; a truncated or foreign file is an ArchiveError. */
export async function* readArchive(path: string): AsyncGenerator<ArchiveEntry> {
  const gunzip = createGunzip();
  // pipeline, not pipe: a read error (a folder, no permission) reaches the reader, not a hang.
  pipeline(createReadStream(path), gunzip).catch(() => undefined);
  const reader = new BlockReader(gunzip, path);
  try {
    for (;;) {
      const head = await reader.take(BLOCK);
      if (head.every((b) => b === 0)) return;
      const { name, size } = parseHeader(head);
      let consumed = false;
      const rest = () => {
        if (consumed) throw new ArchiveError(`${name} 已读取`);
        consumed = true;
      };
      yield {
        name,
        size,
        bytes: async () => {
          rest();
          return reader.take(size);
        },
        pipeTo: async (target) => {
          rest();
          for (let left = size; left > 0;) {
            const chunk = await reader.take(Math.min(left, 1 << 20));
            left -= chunk.length;
            if (!target.write(chunk)) await once(target, 'drain');
          }
        },
      };
      if (!consumed) await reader.skip(size);
      await reader.skip(padding(size).length);
    }
  } finally {
    reader.close();
  }
}

function header(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) > 99) throw new ArchiveError(`文件名过长：${name}`);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 'utf8');
  block.write(octal(0o600, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136);
  block.write('        ', 148); // the checksum counts its own field as spaces
  block.write('0', 156); // a regular file
  block.write('ustar\u000000', 257, 'latin1');
  block.write(octal(checksum(block), 8), 148);
  return block;
}

function parseHeader(block: Buffer): { name: string; size: number } {
  const text = (from: number, length: number) =>
    block.toString('utf8', from, from + length).replace(/\0.*$/s, '');
  if (!block.toString('latin1', 257, 262).startsWith('ustar')) {
    throw new ArchiveError('不是本系统的备份文件（不是 tar 格式）');
  }
  const stored = parseInt(text(148, 8).trim(), 8);
  const copy = Buffer.from(block);
  copy.write('        ', 148);
  if (stored !== checksum(copy)) throw new ArchiveError('备份文件已损坏（校验和不符）');
  const type = text(156, 1);
  if (type !== '0' && type !== '') throw new ArchiveError(`备份中有不支持的条目类型 ${type}`);
  return { name: text(0, 100), size: parseInt(text(124, 12).trim(), 8) };
}

const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';

const checksum = (block: Buffer) => block.reduce((sum, b) => sum + b, 0);

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Exact-length reads from a stream, without holding more than a chunk ahead. */
class BlockReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly stream: Readable,
    private readonly path: string,
  ) {
    this.chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  async take(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < length) {
      if (this.pending.length === 0) {
        const next = await this.chunks.next().catch((err: Error) => {
          throw new ArchiveError(
            `无法读取备份文件 ${this.path}（不是 gzip 或已损坏）：${err.message}`,
          );
        });
        if (next.done) throw new ArchiveError('备份文件不完整（意外结束）');
        this.pending = next.value;
      }
      const part = this.pending.subarray(0, length - have);
      this.pending = this.pending.subarray(part.length);
      parts.push(part);
      have += part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  async skip(length: number): Promise<void> {
    for (let left = length; left > 0;) left -= (await this.take(Math.min(left, 1 << 20))).length;
  }

  close(): void {
    this.stream.destroy();
  }
}
