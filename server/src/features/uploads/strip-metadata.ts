import { PNG_SIGNATURE, type ImageMime } from './sniff';

/**
 * Remove metadata that can give away where and when a photo was taken (EXIF GPS, XMP) without
 * re-encoding: the image data is copied byte for byte. A JPEG keeps its orientation (phones
 * store portrait photos rotated and rely on it) in a minimal EXIF block holding nothing else.
 */
export class InvalidImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidImageError';
  }
}

export function stripMetadata(bytes: Buffer, mime: ImageMime): Buffer {
  switch (mime) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
  }
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const XMP_HEADERS = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'].map(
  (h) => Buffer.from(h, 'latin1'),
);

/**
 * JPEG: segments FF xx <length> up to the start of scan (FF DA), after which the entropy-coded
 * data runs to the end and is copied as is. APP1 segments holding EXIF or XMP are dropped.
 */
export function stripJpeg(bytes: Buffer): Buffer {
  const out: Buffer[] = [bytes.subarray(0, 2)];
  let exifAt: number | undefined;
  let orientation: number | undefined;
  let i = 2;
  for (;;) {
    if (i + 1 >= bytes.length || bytes[i] !== 0xff) throw new InvalidImageError('JPEG 结构不完整');
    let marker = bytes[i + 1];
    // Fill bytes: any number of FF before a marker.
    while (marker === 0xff && i + 2 < bytes.length) {
      i += 1;
      marker = bytes[i + 1];
    }
    if (marker === 0xd9) {
      out.push(bytes.subarray(i, i + 2));
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.length) throw new InvalidImageError('JPEG 结构不完整');
    const end = i + 2 + bytes.readUInt16BE(i + 2);
    if (end > bytes.length || end < i + 4) throw new InvalidImageError('JPEG 结构不完整');
    if (marker === 0xda) {
      out.push(bytes.subarray(i));
      break;
    }
    const payload = bytes.subarray(i + 4, end);
    if (marker === 0xe1 && startsWith(payload, EXIF_HEADER)) {
      exifAt ??= out.length;
      orientation ??= exifOrientation(payload.subarray(EXIF_HEADER.length));
    } else if (!(marker === 0xe1 && XMP_HEADERS.some((h) => startsWith(payload, h)))) {
      out.push(bytes.subarray(i, end));
    }
    i = end;
  }
  if (exifAt !== undefined && orientation !== undefined && orientation !== 1) {
    out.splice(exifAt, 0, orientationSegment(orientation));
  }
  return Buffer.concat(out);
}

/** Tag 0x0112 (Orientation, SHORT) of IFD0 in a TIFF block, when it is there and sane. */
function exifOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const le = order === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return undefined;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** APP1 with an EXIF block of one tag: Orientation. Big-endian TIFF, IFD0 at offset 8. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.concat([
    Buffer.from('MM\0\x2a\0\0\0\x08', 'latin1'), // big-endian, magic 42, IFD0 at offset 8
    Buffer.from([0x00, 0x01]), // one entry:
    Buffer.from([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0x00, orientation, 0, 0]), // 0x0112 SHORT ×1
    Buffer.from([0, 0, 0, 0]), // no next IFD
  ]);
  const payload = Buffer.concat([EXIF_HEADER, tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** PNG chunks that carry metadata, never pixels: EXIF and text (where XMP lives). */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

/** PNG: length, type, data, CRC per chunk, up to IEND; anything after IEND is dropped too. */
export function stripPng(bytes: Buffer): Buffer {
  const out: Buffer[] = [PNG_SIGNATURE];
  let i = PNG_SIGNATURE.length;
  for (;;) {
    if (i + 8 > bytes.length) throw new InvalidImageError('PNG 结构不完整');
    const end = i + 12 + bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    if (end > bytes.length) throw new InvalidImageError('PNG 结构不完整');
    if (!PNG_METADATA.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(out);
}

const VP8X_XMP = 0x04;
const VP8X_EXIF = 0x08;

/**
 * WebP (RIFF): drop the EXIF and 'XMP ' chunks, clear their flags in VP8X, and rewrite the RIFF
 * size. Chunks are padded to an even length.
 */
export function stripWebp(bytes: Buffer): Buffer {
  if (bytes.length < 12) throw new InvalidImageError('WebP 结构不完整');
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  const out: Buffer[] = [];
  let i = 12;
  while (i + 8 <= riffEnd) {
    const fourcc = bytes.toString('latin1', i, i + 4);
    const size = bytes.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (i + 8 + size > riffEnd) throw new InvalidImageError('WebP 结构不完整');
    if (fourcc === 'VP8X' && size >= 1) {
      const chunk = Buffer.from(bytes.subarray(i, Math.min(end, riffEnd)));
      chunk[8] &= ~(VP8X_EXIF | VP8X_XMP);
      out.push(chunk);
    } else if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      out.push(bytes.subarray(i, Math.min(end, riffEnd)));
    }
    i = end;
  }
  const body = Buffer.concat(out);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

function startsWith(buf: Buffer, prefix: Buffer): boolean {
  return buf.length >= prefix.length && buf.subarray(0, prefix.length).equals(prefix);
}
