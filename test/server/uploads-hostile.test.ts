import { createDeflate } from 'node:zlib';
import sharp from 'sharp';
import type { Upload } from '@api/uploads';
import { hasInk } from '../../server/src/features/uploads/image';
import { sniffImageType } from '../../server/src/features/uploads/sniff';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { exifWithGps, jpegSegment, makePng, multipart, pngChunk } from './support/merchants';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
});
afterAll(() => t.close());

const send = async (bytes: Buffer, purpose = 'evidence') => {
  const user = await loginConsumer(t.app);
  const { payload, headers } = multipart(bytes);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/uploads?purpose=${purpose}`,
    payload,
    headers: { ...headers, ...bearer(user.token) },
  });
  return { res, user };
};

/** Uploaded and read back: the bytes the server stores and serves. */
async function stored(bytes: Buffer, purpose = 'evidence'): Promise<Buffer> {
  const { res, user } = await send(bytes, purpose);
  expect(res.statusCode).toBe(201);
  const up = res.json<Upload>();
  const back = await t.app.inject({ method: 'GET', url: up.url, headers: bearer(user.token) });
  expect(back.statusCode).toBe(200);
  expect(back.rawPayload.length).toBe(up.size);
  return back.rawPayload;
}

/** Refused with this status and code, and nothing of the caller's recorded. */
async function refused(bytes: Buffer, status: number, code: string) {
  const { res, user } = await send(bytes);
  expect(res.statusCode).toBe(status);
  expect(res.json()).toEqual({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  const rows = await t.db.db
    .selectFrom('uploads')
    .select('id')
    .where('owner_id', '=', user.user.id)
    .execute();
  expect(rows).toEqual([]);
  return res.json<{ message: string }>().message;
}

const dims = async (bytes: Buffer) => {
  const m = await sharp(bytes).metadata();
  return [m.format, m.width, m.height];
};

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 30 } } });

const ihdr = (width: number, height: number, colourType = 2) => {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = colourType;
  return pngChunk('IHDR', data);
};
const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** A PNG of `height` all-zero scanlines, deflated row by row: never the whole raw image in memory. */
async function zeroPng(width: number, height: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(1 + width * 3); // filter byte + RGB
  for (let y = 0; y < height; y++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(width, height),
    pngChunk('IDAT', Buffer.concat(chunks)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Segments inserted right after SOI of a real JPEG. */
const jpegWith = (jpeg: Buffer, segments: Buffer[]) =>
  Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);

/** APP13 "Photoshop 3.0" with an 8BIM IPTC record holding City (2:90) = text. */
function iptcSegment(text: string): Buffer {
  const value = Buffer.from(text, 'utf8');
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 90, 0, value.length]), value]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(record.length);
  const block = Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]), // resource 0x0404 (IPTC), empty name padded to even
    size,
    record,
    record.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
  ]);
  return jpegSegment(0xed, block);
}

const GPS_LATITUDE = Buffer.from([0, 0, 0, 27, 0, 0, 0, 1, 0, 0, 0, 43]);

describe('hostile images are refused before decoding', () => {
  it('a 69-byte PNG declaring 65535×65535 → 413, nothing stored', async () => {
    const bomb = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(65535, 65535),
      pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0, 0, 0, 0, 1])),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    expect(bomb.length).toBeLessThan(80);
    const message = await refused(bomb, 413, 'IMAGE_TOO_LARGE');
    expect(message).toContain('2500 万像素');
  });

  it('a zlib bomb: ~420 KB of PNG inflating to 432 MB → 413, nothing stored', async () => {
    const bomb = await zeroPng(12000, 12000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect((1 + 12000 * 3) * 12000).toBeGreaterThan(430_000_000);
    await refused(bomb, 413, 'IMAGE_TOO_LARGE');
  });

  it('a file that only starts like an image, or claims one type and is another → 400', async () => {
    const png = makePng([], 5);
    const lying = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), png]);
    await refused(lying, 400, 'INVALID_IMAGE');
    await refused(Buffer.concat([PNG_SIGNATURE, ihdr(4, 4)]), 400, 'INVALID_IMAGE');
    const badCrc = Buffer.from(png);
    badCrc[29] ^= 0xff; // inside IHDR's CRC
    await refused(badCrc, 400, 'INVALID_IMAGE');
  });
});

describe('what is accepted is re-encoded from its pixels alone', () => {
  it('a big all-zero PNG within the pixel limit is decoded, scaled to 4096 px and stored small', async () => {
    const out = await stored(await zeroPng(4300, 4300));
    expect(await dims(out)).toEqual(['jpeg', 4096, 4096]);
    expect(out.length).toBeLessThan(1024 * 1024);
  });

  it('JPEG comments, IPTC location, EXIF GPS and XMP are gone; the pixels stay', async () => {
    const jpeg = await solid(64, 48).jpeg().toBuffer();
    const hostile = jpegWith(jpeg, [
      jpegSegment(0xfe, Buffer.from('COMMENT-SECRET 家住幸福路8号', 'utf8')),
      iptcSegment('IPTC-CITY-SECRET 青山县幸福路'),
      jpegSegment(0xe1, exifWithGps(1)),
      jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x>XMP-GPS-SECRET</x>')),
    ]);
    expect(await dims(hostile)).toEqual(['jpeg', 64, 48]);
    const out = await stored(hostile);
    for (const secret of [
      'COMMENT-SECRET',
      '幸福路',
      'IPTC-CITY',
      'Photoshop',
      'XMP-GPS',
      'Exif',
    ]) {
      expect(out.includes(secret)).toBe(false);
    }
    expect(out.includes(GPS_LATITUDE)).toBe(false);
    expect(await dims(out)).toEqual(['jpeg', 64, 48]);
    const meta = await sharp(out).metadata();
    expect([meta.exif, meta.iptc, meta.xmp, meta.comments, meta.icc]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('a portrait photo (EXIF orientation 6) is stored upright, without its EXIF', async () => {
    const jpeg = await solid(64, 48).jpeg().toBuffer();
    const out = await stored(jpegWith(jpeg, [jpegSegment(0xe1, exifWithGps(6))]));
    expect(await dims(out)).toEqual(['jpeg', 48, 64]);
    expect(out.includes('Exif')).toBe(false);
  });

  it('PNG text chunks and eXIf are gone', async () => {
    const png = await solid(20, 10).png().toBuffer();
    const iend = png.length - 12;
    const hostile = Buffer.concat([
      png.subarray(0, iend),
      pngChunk('tEXt', Buffer.from('Comment\0PNG-TEXT-SECRET', 'latin1')),
      pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<gps>PNG-XMP-SECRET</gps>')),
      pngChunk('eXIf', exifWithGps(1).subarray(6)),
      png.subarray(iend),
    ]);
    for (const purpose of ['evidence', 'signature']) {
      const out = await stored(hostile, purpose);
      expect(out.includes('PNG-TEXT-SECRET')).toBe(false);
      expect(out.includes('PNG-XMP-SECRET')).toBe(false);
      expect(out.includes(GPS_LATITUDE)).toBe(false);
      expect((await dims(out)).slice(1)).toEqual([20, 10]);
    }
  });

  it.each([
    ['JPEG', () => solid(30, 20).jpeg().toBuffer()],
    ['PNG', () => solid(30, 20).png().toBuffer()],
    ['WebP', () => solid(30, 20).webp().toBuffer()],
  ])('bytes appended after the end of a %s are not stored', async (_label, make) => {
    const trailer = Buffer.from('<script>APPENDED-PAYLOAD</script>PK\x03\x04', 'latin1');
    const out = await stored(Buffer.concat([await make(), trailer]));
    expect(out.includes('APPENDED-PAYLOAD')).toBe(false);
    expect(await dims(out)).toEqual(['jpeg', 30, 20]);
    const eoi = out.lastIndexOf(Buffer.from([0xff, 0xd9]));
    expect(eoi).toBe(out.length - 2);
  });
});

describe('sniffImageType (the cheap refusal before decoding)', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['PNG', makePng(), 'image/png'],
    ['WebP', Buffer.from('RIFF\x04\0\0\0WEBP', 'latin1'), 'image/webp'],
    ['text', Buffer.from('hello, this is not an image'), undefined],
    ['GIF', Buffer.from('GIF89a\x01\0\x01\0', 'latin1'), undefined],
    ['empty', Buffer.alloc(0), undefined],
    ['RIFF but WAVE', Buffer.from('RIFF\x04\0\0\0WAVE', 'latin1'), undefined],
  ])('sniffs %s', (_label, bytes, mime) => {
    expect(sniffImageType(bytes)).toBe(mime);
  });
});

describe('hasInk (for the pledge: is a signature more than an untouched pad?)', () => {
  const pad = (alpha: number) =>
    sharp({
      create: {
        width: 750,
        height: 400,
        channels: 4,
        background: { r: 255, g: 255, b: 255, alpha },
      },
    });
  const stroke = {
    input: { create: { width: 200, height: 3, channels: 4 as const, background: '#102040' } },
    top: 200,
    left: 100,
  };

  it('an untouched pad, transparent or white, has none, although its PNG is kilobytes', async () => {
    for (const alpha of [0, 1]) {
      const blank = await pad(alpha).png().toBuffer();
      expect(blank.length).toBeGreaterThan(1000);
      expect(await hasInk(blank)).toBe(false);
    }
  });

  it('one stroke is ink; so is a photo; garbage is not', async () => {
    for (const alpha of [0, 1]) {
      expect(await hasInk(await pad(alpha).composite([stroke]).png().toBuffer())).toBe(true);
    }
    expect(await hasInk(await solid(10, 10).jpeg().toBuffer())).toBe(true);
    expect(await hasInk(Buffer.from('not an image'))).toBe(false);
  });
});
