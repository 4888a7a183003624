/** Whole request bodies: not JSON, deeply nested, another content type, multipart, CSV. */

/** Deeply nested JSON text (arrays, objects, or both) without building the value. */
export function deepJsonText(depth: number, kind: 'array' | 'object' | 'mixed'): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const asArray = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
    open += asArray ? '[' : '{"a":';
    close = (asArray ? ']' : '}') + close;
  }
  return `${open}1${close}`;
}

/** Bodies that are not JSON, or not the JSON the route wants. */
export const MALFORMED_JSON: readonly string[] = [
  '{',
  '}',
  '{"a":}',
  "{'a':1}",
  '[1,]',
  '{"a":1,}',
  'nul',
  '\u0000',
  '{"a":1}garbage',
  '\ufeff{}',
  '"string"',
  '123',
  'null',
  'true',
  '[]',
  '{"a":1,"a":2}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  '{"a":0x10}',
  '{"a":1e999}',
  '/* c */{}',
  '{"a":"\u0001"}',
  ' ',
];

/** Content types a JSON route must refuse or survive. */
export const CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/json;;;',
  'text/csv',
  'application/octet-stream',
  '*/*',
  'application/json, text/plain',
  'image/png',
];

/** Malformed and hostile multipart bodies (boundary `fz`, unless the case says otherwise). */
export function multipartBodies(): { type: string; body: Buffer }[] {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const part = (name: string, file: string, bytes: Buffer, type = 'image/png') =>
    Buffer.concat([
      Buffer.from(
        `--fz\r\nContent-Disposition: form-data; name="${name}"; filename="${file}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      bytes,
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from('--fz--\r\n');
  const mp = 'multipart/form-data; boundary=fz';
  return [
    {
      type: 'multipart/form-data; boundary=',
      body: Buffer.concat([part('file', 'a.png', png), end]),
    },
    { type: 'multipart/form-data', body: Buffer.concat([part('file', 'a.png', png), end]) },
    { type: mp, body: Buffer.from('garbage garbage garbage') },
    { type: mp, body: Buffer.from('--fz\r\n') },
    { type: mp, body: part('file', 'a.png', png.subarray(0, 20)) },
    {
      type: mp,
      body: Buffer.concat([part('file', 'a.png', png), part('file', 'b.png', png), end]),
    },
    { type: mp, body: Buffer.concat([part('other', 'a.png', png), end]) },
    { type: mp, body: end },
    { type: mp, body: Buffer.alloc(0) },
    { type: mp, body: Buffer.concat([part('file', '../../etc/passwd', png), end]) },
    { type: mp, body: Buffer.concat([part('file', 'a.png', Buffer.from('not an image')), end]) },
    {
      type: mp,
      body: Buffer.concat([part('file', 'a.svg', Buffer.from('<svg/>'), 'image/svg+xml'), end]),
    },
    { type: mp, body: Buffer.concat([part('f'.repeat(5000), 'a.png', png), end]) },
    { type: `${mp}; boundary=other`, body: Buffer.concat([part('file', 'a.png', png), end]) },
  ];
}

/** CSV-ish bodies for routes that read text/csv. */
export const CSV_BODIES: readonly string[] = [
  '',
  '\ufeff',
  'a,b,c\n1,2,3',
  '统一社会信用代码,名称\n',
  '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话\n"unterminated',
  `统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话\n=cmd|' /C calc'!A0,${'x'.repeat(5000)},企业,其他,城关镇,地址,999,-999,,`,
  '\u0000\u0001\u0002',
];
