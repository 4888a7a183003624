import {
  InvalidImageError,
  stripJpeg,
  stripPng,
  stripWebp,
} from '../../server/src/features/uploads/strip-metadata';
import { sniffImageType } from '../../server/src/features/uploads/sniff';
import { exifWithGps, jpegSegment, makeJpeg, makePng, pngChunk } from './support/merchants';

const contains = (haystack: Buffer, needle: Buffer | string) => haystack.indexOf(needle) >= 0;

describe('sniffImageType', () => {
  it.each([
    ['JPEG', makeJpeg(), 'image/jpeg'],
    ['PNG', makePng(), 'image/png'],
    ['WebP', Buffer.from('RIFF\x04\0\0\0WEBP', 'latin1'), 'image/webp'],
    ['text', Buffer.from('hello, this is not an image'), undefined],
    ['GIF', Buffer.from('GIF89a\x01\0\x01\0', 'latin1'), undefined],
    ['empty', Buffer.alloc(0), undefined],
    ['RIFF but WAVE', Buffer.from('RIFF\x04\0\0\0WAVE', 'latin1'), undefined],
  ])('%s → %s', (_label, bytes, mime) => {
    expect(sniffImageType(bytes)).toBe(mime);
  });
});

describe('stripJpeg', () => {
  it('leaves a JPEG without metadata byte for byte', () => {
    const jpeg = makeJpeg();
    expect(stripJpeg(jpeg).equals(jpeg)).toBe(true);
  });

  it('drops EXIF with GPS but keeps the orientation in a minimal EXIF block', () => {
    const icc = jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01fake-profile', 'latin1'));
    const jpeg = makeJpeg([jpegSegment(0xe1, exifWithGps(6)), icc]);
    const out = stripJpeg(jpeg);
    expect(contains(out, Buffer.from([0x88, 0x25]))).toBe(false); // GPS IFD pointer tag
    expect(contains(out, Buffer.from([0, 0, 0, 27, 0, 0, 0, 1]))).toBe(false); // 27° N
    expect(contains(out, icc)).toBe(true);
    // Orientation 6 (rotate 90°) survives, alone.
    const exifAt = out.indexOf('Exif\0\0');
    expect(exifAt).toBeGreaterThan(0);
    expect(out.readUInt16BE(exifAt - 2)).toBe(34);
    expect(contains(out, Buffer.from([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6]))).toBe(true);
    // Everything from the start of scan on is untouched.
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    expect(out.subarray(out.indexOf(Buffer.from([0xff, 0xda]))).equals(jpeg.subarray(sos))).toBe(
      true,
    );
  });

  it('drops EXIF entirely when the orientation is the default, and XMP always', () => {
    const xmp = jpegSegment(
      0xe1,
      Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS</x:xmpmeta>', 'latin1'),
    );
    const plain = makeJpeg();
    const out = stripJpeg(makeJpeg([jpegSegment(0xe1, exifWithGps(1)), xmp]));
    expect(out.equals(plain)).toBe(true);
  });

  it('refuses a truncated file', () => {
    const jpeg = makeJpeg([jpegSegment(0xe1, exifWithGps())]);
    expect(() => stripJpeg(jpeg.subarray(0, 30))).toThrow(InvalidImageError);
    expect(() => stripJpeg(Buffer.from([0xff, 0xd8, 0xff]))).toThrow(InvalidImageError);
  });
});

describe('stripPng', () => {
  it('drops eXIf and text chunks, keeps the image chunks byte for byte', () => {
    const plain = makePng();
    const tagged = makePng([
      pngChunk('eXIf', exifWithGps().subarray(6)),
      pngChunk('tEXt', Buffer.from('Comment\0taken at home', 'latin1')),
      pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<gps/>', 'latin1')),
    ]);
    expect(stripPng(tagged).equals(plain)).toBe(true);
    expect(stripPng(plain).equals(plain)).toBe(true);
  });

  it('drops anything appended after IEND, refuses a truncated file', () => {
    const plain = makePng();
    expect(stripPng(Buffer.concat([plain, Buffer.from('hidden payload')])).equals(plain)).toBe(
      true,
    );
    expect(() => stripPng(plain.subarray(0, plain.length - 6))).toThrow(InvalidImageError);
  });
});

describe('stripWebp', () => {
  const chunk = (fourcc: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(fourcc, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const riff = (chunks: Buffer[]) => {
    const body = Buffer.concat(chunks);
    const head = Buffer.alloc(12);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(body.length + 4, 4);
    head.write('WEBP', 8, 'latin1');
    return Buffer.concat([head, body]);
  };

  it('drops EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    const vp8x = (flags: number) => chunk('VP8X', Buffer.from([flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const image = chunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11])); // odd: padded
    const tagged = riff([
      vp8x(0x08 | 0x04 | 0x10),
      image,
      chunk('EXIF', exifWithGps().subarray(6)),
      chunk('XMP ', Buffer.from('<gps/>')),
    ]);
    const out = stripWebp(tagged);
    expect(out.equals(riff([vp8x(0x10), image]))).toBe(true);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
  });

  it('refuses a chunk that runs past the end', () => {
    const broken = riff([chunk('VP8L', Buffer.alloc(20))]).subarray(0, 25);
    broken.writeUInt32LE(broken.length - 8, 4);
    expect(() => stripWebp(broken)).toThrow(InvalidImageError);
  });
});
