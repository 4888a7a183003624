import sharp, { type Metadata } from 'sharp';
import type { UploadPurpose } from '@api/uploads';
import { AppError } from '../../plugins/app-error';
import type { ImageMime } from './sniff';

/**
 * Pixel ceiling, checked on the header before any pixel is decoded. 25 MP takes every usual
 * phone or camera photo (12 MP phones, 24 MP cameras; the mini-program sends WeChat's
 * compressed copy anyway) and signatures (a few MP at most), while bounding one decode to
 * ~100 MB of RGBA. A 65535×65535 header or a zlib bomb declaring huge dimensions stops here.
 */
export const MAX_INPUT_PIXELS = 25_000_000;
/** Longest edge kept: 12 MP photos (4032 px) pass untouched, larger ones are scaled down. */
export const MAX_OUTPUT_EDGE = 4096;
/** A pathological file must not hold a libvips thread for long. */
const TIMEOUT_SECONDS = 20;
/** Images decoded at the same time, see below. */
const PARALLEL_IMAGES = 2;

// Sized for a 2-core server. libvips threads per image: 1, and at most PARALLEL_IMAGES images
// at once, so decoding uses at most the two cores and two of libuv's four pool threads stay free
// for fs, crypto and DNS (sharp runs on that same pool). The operation cache only helps when the
// same image is processed again, which never happens here: it would only hold memory.
sharp.concurrency(1);
sharp.cache(false);

export interface CleanImage {
  bytes: Buffer;
  mime: ImageMime;
  width: number;
  height: number;
}

export const invalidImage = () => new AppError(400, 'INVALID_IMAGE', '图片文件已损坏，请重新选择');

export const imageTooLarge = () =>
  new AppError(
    413,
    'IMAGE_TOO_LARGE',
    `图片像素过多（最多 ${MAX_INPUT_PIXELS / 10_000} 万像素），请压缩后再上传`,
  );

const SHARP_FORMAT: Record<ImageMime, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * Decode the image and encode a new one from its pixels alone: whatever else the file held
 * (EXIF, GPS, XMP, IPTC, comments, ICC, bytes after the end) is gone, and the result is turned
 * upright per its EXIF orientation. Signatures become PNG (the pad draws on transparency and
 * the pledge wants PNG); everything else becomes a JPEG on white.
 */
export async function reencode(
  bytes: Buffer,
  sniffed: ImageMime,
  purpose: UploadPurpose,
): Promise<CleanImage> {
  return withSlot(async () => {
    const options = {
      limitInputPixels: MAX_INPUT_PIXELS,
      // Abort on corrupt or truncated pixel data; tolerate the mere warnings some phones cause.
      failOn: 'error',
    } as const;
    let meta: Metadata;
    try {
      // The header only: no pixel is decoded, so the pixel limit is ours to apply, with its message.
      meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    } catch {
      throw invalidImage();
    }
    if (meta.format !== SHARP_FORMAT[sniffed] || !meta.width || !meta.height) {
      throw invalidImage();
    }
    if (meta.width * meta.height > MAX_INPUT_PIXELS) throw imageTooLarge();
    const signature = purpose === 'signature';
    const pipeline = sharp(bytes, options)
      .timeout({ seconds: TIMEOUT_SECONDS })
      .rotate()
      .resize({
        width: MAX_OUTPUT_EDGE,
        height: MAX_OUTPUT_EDGE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .toColourspace('srgb');
    const encoded = signature
      ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82 });
    try {
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      return {
        bytes: data,
        mime: signature ? 'image/png' : 'image/jpeg',
        width: info.width,
        height: info.height,
      };
    } catch {
      throw invalidImage();
    }
  });
}

let running = 0;
const waiting: (() => void)[] = [];

/** At most PARALLEL_IMAGES decodes at once; the others wait their turn (FIFO). */
async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_IMAGES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/**
 * Does a (signature) image hold any stroke? Flattened on white and turned grey, an untouched
 * pad is white all over (however many bytes its PNG takes); any ink makes a darker pixel.
 */
export async function hasInk(bytes: Buffer): Promise<boolean> {
  return withSlot(async () => {
    try {
      // Rendered first: stats() would describe the input, before flattening a transparent pad.
      const grey = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .flatten({ background: '#ffffff' })
        .greyscale()
        .raw()
        .toBuffer();
      return grey.some((level) => level < 224);
    } catch {
      return false;
    }
  });
}
