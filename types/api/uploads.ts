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

/** A stored image: content-addressed, type sniffed from its bytes, EXIF removed. */
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
