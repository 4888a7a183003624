import { Type, type Static } from '@sinclair/typebox';

/** Why a file is uploaded: decides who may read it later. */
export const UploadPurpose = Type.Union([
  Type.Literal('licence'),
  Type.Literal('model-unit'),
  Type.Literal('evidence'),
  Type.Literal('signature'),
]);
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
  mime: Type.Union([
    Type.Literal('image/jpeg'),
    Type.Literal('image/png'),
    Type.Literal('image/webp'),
  ]),
  size: Type.Integer(),
  sha256: Type.String(),
});
export type Upload = Static<typeof Upload>;
