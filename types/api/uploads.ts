import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common';

/** Why a file is uploaded: decides who may read it later. */
/**
 * 'follow-up': staff's attachments to a 跟进 record (issue 15), uploaded and read by staff only.
 * 'report': a 举报's photos, through POST /reports/photos (signed in or not: an anonymous upload has
 * no owner), read by staff only. 'campaign': a campaign's cover (staff), public through its campaign.
 */
export const UploadPurpose = literals([
  'licence',
  'model-unit',
  'evidence',
  'signature',
  'follow-up',
  'report',
  'campaign',
] as const);
export type UploadPurpose = Static<typeof UploadPurpose>;

export const UploadQuery = Type.Object({ purpose: UploadPurpose });
export type UploadQuery = Static<typeof UploadQuery>;

/**
 * A stored image: decoded and re-encoded by the server (JPEG; PNG for signatures), without any
 * metadata, content-addressed. `mime`, `size` and `sha256` describe the stored bytes, not the
 * file that was sent.
 */
export const Upload = Type.Object({
  id: Type.String(),
  url: Type.String({ description: 'GET this path (with the bearer token) to read the file' }),
  mime: literals(['image/jpeg', 'image/png', 'image/webp'] as const),
  size: Type.Integer(),
  sha256: Type.String(),
});
export type Upload = Static<typeof Upload>;

/** A stored image as another answer links it: its id and the path to GET it. */
export const UploadLink = Type.Object({ id: Type.String(), url: Type.String() });
export type UploadLink = Static<typeof UploadLink>;

/** `GET /uploads/:id`: any id up to 40 characters (an empty or unknown one is a 404). */
export const UploadIdParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
export type UploadIdParams = Static<typeof UploadIdParams>;

/** The stored image's bytes, as its own Content-Type. */
export const UploadBytes = Type.Unsafe<Uint8Array>({
  type: 'string',
  format: 'binary',
  description: '图片内容',
});
