import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PRECOMPRESS_MIN_BYTES, precompressDir } from '../../config/precompress';

describe('precompressDir (the H5 build step)', () => {
  let dir: string;
  const big = (text: string) => text.repeat(Math.ceil((PRECOMPRESS_MIN_BYTES * 4) / text.length));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'js', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), big('<p>放心消费</p>'));
    writeFileSync(join(dir, 'js', 'nested', 'app.1234abcd.js'), big('console.log("放心");'));
    writeFileSync(join(dir, 'app.css'), big('.a{color:red}'));
    writeFileSync(join(dir, 'tiny.js'), 'console.log(1)');
    writeFileSync(join(dir, 'app.js.map'), big('{"mappings":"AAAA"}'));
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(PRECOMPRESS_MIN_BYTES * 4, 7));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz beside each text asset that decompress to the original', async () => {
    const done = await precompressDir(dir);
    expect(done.map((file) => file.slice(dir.length + 1)).sort()).toEqual([
      'app.css',
      'index.html',
      join('js', 'nested', 'app.1234abcd.js'),
    ]);
    for (const file of done) {
      const original = readFileSync(file);
      const br = readFileSync(`${file}.br`);
      const gz = readFileSync(`${file}.gz`);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
      expect(br.length).toBeLessThan(original.length);
      expect(gz.length).toBeLessThan(original.length);
    }
  });

  it('leaves small files, source maps and images alone, and keeps every original', () => {
    for (const name of ['tiny.js', 'app.js.map', 'photo.png']) {
      expect(existsSync(join(dir, `${name}.br`))).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`))).toBe(false);
      expect(existsSync(join(dir, name))).toBe(true);
    }
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });
});
