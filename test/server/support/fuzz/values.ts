/** The catalogue of hostile values the fuzz draws from. */

export const KB100 = 100 * 1024;

/** NUL, lone surrogates, bidi overrides, zero-width, emoji, combining marks, odd spaces. */
export const UNICODE_STRINGS: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u202egnp.exe',
  '\u202d\u202e\u2066\u2069',
  '\u200b',
  '\u200b\u200c\u200d\ufeff',
  '😀',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\u0301\u0301\u0301',
  'Z̷̡̛͚̰a̸͈̓l̵̖̍g̶̱̓o̵̜͝',
  '\u3000\u00a0\u2028\u2029',
  '\r\n\t\u000b\f',
  '\uffff\ufffe',
  '𠀀𪚥',
  'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
  '\u0085',
  '',
  ' ',
];

/** SQL, prototype keys, path traversal, HTML/JS, template and format strings, shell. */
export const INJECTION_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE complaints; --",
  '" OR ""="',
  '1; SELECT pg_sleep(0)--',
  "' UNION SELECT password_hash FROM users --",
  '%',
  '_',
  '\\',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '/dev/null',
  'file:///etc/passwd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '%s%s%s%n',
  '$(id)',
  '`id`',
  '\u0000\'"\\',
  'MATCH (n) RETURN n',
  '*',
  'NULL',
  'undefined',
  'true',
];

/** Numbers a schema might not expect (JSON-representable). */
export const NASTY_NUMBERS: readonly number[] = [
  -1,
  -0,
  0,
  0.5,
  -0.01,
  1e-300,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 63),
  1e21,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  123456789.12345679,
];

/** Number-ish text: in JSON as strings, and in queries and paths as they are. */
export const NUMBERISH_STRINGS: readonly string[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1',
  '0x10',
  '1_000',
  ' 1',
  '1.5',
  '9'.repeat(40),
  '１２',
  '',
  'null',
  '[]',
];

/**
 * Raw JSON number tokens that JSON.stringify cannot write: a body carries them through a
 * placeholder string that serialisation swaps for the token.
 */
export const RAW_NUMBER_TOKENS: readonly string[] = [
  '1e999',
  '-1e999',
  '1.0e+400',
  '123456789012345678901234567890',
  '-0.0',
  '1E-400',
];
export const rawToken = (token: string) => `\u0000RAW:${token}\u0000`;

export function serialise(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000RAW:([^"\\]+)\\u0000"/g, '$1');
}

/** Strings of about 100 KB, of one-, three- and four-byte characters. */
export const hugeStrings = (): string[] => [
  'a'.repeat(KB100),
  '长'.repeat(KB100 / 3),
  '😀'.repeat(KB100 / 4),
];

/** Idempotency-Key values: empty, blank, too long, non-ASCII (sent as UTF-8 bytes), odd chars. */
export const IDEMPOTENCY_KEYS: readonly string[] = [
  '',
  ' ',
  'a'.repeat(200),
  'k'.repeat(5000),
  '键值幂等',
  '😀',
  'a,b',
  '\t',
  '../../x',
  "' OR 1=1 --",
  'fz-key-reused',
];

/** Path segments for ids: empty, traversal, too long, unicode, encoded oddities. */
export const BAD_IDS: readonly { raw?: string; text?: string }[] = [
  { raw: '..' },
  { raw: '.' },
  { raw: '%2e%2e' },
  { raw: '..%2f..%2fetc%2fpasswd' },
  { raw: '%2F' },
  { raw: '%00' },
  { raw: '%' },
  { raw: '%zz' },
  { raw: '%E0%A4%A' },
  { raw: '%ED%A0%80' },
  { raw: '%C0%AF' },
  { text: ' ' },
  { text: 'a'.repeat(41) },
  { text: 'a'.repeat(5000) },
  { text: '投诉' },
  { text: '😀' },
  { text: '\u202e' },
  { text: '../x' },
  { text: 'null' },
  { text: '-1' },
  { text: '0' },
  { text: '1e9' },
  { text: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
  { text: "' OR 1=1 --" },
  { text: '<script>' },
  { text: '__proto__' },
  { text: 'constructor' },
];

/** Cursor values: garbage, base64 of wrong shapes, huge. */
export function badCursors(): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  return [
    '',
    'x',
    '!!!',
    '%',
    'a'.repeat(201),
    'a'.repeat(5000),
    b64('null'),
    b64('[]'),
    b64('{}'),
    b64('"x"'),
    b64('[1]'),
    b64('[null,null]'),
    b64('["not a date","x"]'),
    b64('[1e999,"x"]'),
    b64('{"__proto__":{"a":1}}'),
    b64('[' + '['.repeat(2000) + ']'.repeat(2000) + ']'),
    b64('\u0000'),
    Buffer.from('[1,2]').toString('base64'),
    '投诉',
  ];
}

export const BAD_LIMITS: readonly string[] = [
  '0',
  '-1',
  '51',
  '1000000',
  '1.5',
  'abc',
  '',
  'NaN',
  '9'.repeat(40),
  '1e3',
  '0x10',
  ' 5',
];

/** Hostile object keys for extra-field cases. */
export const EXTRA_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'role',
  'isAdmin',
  'id',
  'userId',
  '$where',
  '',
  '😀',
  'a'.repeat(1000),
];
