import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Upload, UploadPurpose } from '@api/uploads';
import type { Membership, RegisterMerchantBody } from '@api/merchants';
import { monotonicFactory } from 'ulid';
import type { TestApp } from './app';
import { bearer } from './app';
import { addDays, shanghaiDate } from '../../../server/src/time';
import { demoCreditCode } from '../../../server/src/db/seed/demo-merchants';
import { refreshMerchantBadges } from '../../../server/src/features/merchants/badges';
import { merchantValues } from '../../../server/src/features/merchants/merchants-repository';
import type { MerchantType } from '@api/merchants';

export const today = () => shanghaiDate(new Date());
export const daysFromToday = (n: number) => addDays(today(), n);

/** Area code used by test fixtures: never the demo seed's or the synthetic one's. */
export const TEST_AREA = '523311';

/** A valid credit code, different for every n. */
export const testCode = (n: number, type: MerchantType = '企业', area = TEST_AREA) =>
  demoCreditCode(n, type, area);

const nextId = monotonicFactory();

export interface FixtureMerchant {
  name: string;
  industry?: string;
  town?: string;
  type?: MerchantType;
  code?: string;
  location?: { lat: number; lng: number } | null;
  address?: string;
}

let serial = 1000;

/** Insert merchants straight into the table, in order (ids increase with the order). */
export async function insertMerchants(t: TestApp, list: FixtureMerchant[]): Promise<string[]> {
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (const m of list) {
    const id = nextId();
    ids.push(id);
    await t.db.db
      .insertInto('merchants')
      .values(
        merchantValues({
          id,
          credit_code: m.code ?? testCode(serial++, m.type ?? '企业'),
          name: m.name,
          type: m.type ?? '企业',
          industry: m.industry ?? '其他',
          town: m.town ?? '城关镇',
          address: m.address ?? '城关镇测试路1号',
          lat: m.location ? m.location.lat : null,
          lng: m.location ? m.location.lng : null,
          hours: null,
          public_phone: null,
          status: 'listed',
          created_at: now,
          updated_at: now,
        }),
      )
      .execute();
  }
  return ids;
}

/** A model-unit title straight into the table, badge columns refreshed as the service does. */
export async function giveModelUnit(
  t: TestApp,
  merchantId: string,
  opts: { until: string; revoked?: boolean; category?: string; level?: '县级' | '市级' | '省级' },
): Promise<string> {
  const id = nextId();
  await t.db.db
    .insertInto('model_units')
    .values({
      id,
      merchant_id: merchantId,
      application_id: null,
      certificate_no: `T-${id}`,
      category: opts.category ?? '商场超市',
      level: opts.level ?? '县级',
      year: Number(today().slice(0, 4)),
      valid_from: daysFromToday(-100),
      valid_until: opts.until,
      revoked_on: opts.revoked ? daysFromToday(-1) : null,
      revoked_reason: opts.revoked ? '测试撤销' : null,
      revoked_by: null,
      created_at: new Date().toISOString(),
      created_by: null,
    })
    .execute();
  await refreshMerchantBadges(t.db.db, merchantId, today());
  return id;
}

export async function givePledge(
  t: TestApp,
  merchantId: string,
  opts: {
    kind?: 'offline-return' | 'initiative';
    status?: 'pending' | 'verified' | 'withdrawn' | 'revoked';
    startsOn?: string;
  } = {},
): Promise<string> {
  const id = nextId();
  const ended = opts.status === 'withdrawn' || opts.status === 'revoked';
  await t.db.db
    .insertInto('pledges')
    .values({
      id,
      merchant_id: merchantId,
      kind: opts.kind ?? 'offline-return',
      status: opts.status ?? 'verified',
      certificate_no: `T-${id}`,
      terms: JSON.stringify({ windowDays: 7, excluded: ['定制类商品'] }),
      signed_at: new Date().toISOString(),
      starts_on: opts.startsOn ?? daysFromToday(-10),
      ended_on: ended ? daysFromToday(-1) : null,
      ended_reason: ended ? '商家申请撤回' : null,
      signer_name: '测试',
      signer_role: '负责人',
      content_hash: id,
      signature_upload_id: null,
      created_by: null,
      verified_by: null,
      verified_at: null,
    })
    .execute();
  await refreshMerchantBadges(t.db.db, merchantId, today());
  return id;
}

// ---- images -------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real 1×1 PNG (optionally with extra chunks before IDAT), unique when `salt` differs. */
export function makePng(extra: Buffer[] = [], salt = 0): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const raw = Buffer.from([0, salt & 0xff, 0x80, 0x40]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** EXIF (big-endian TIFF) with Orientation in IFD0 and a GPS IFD holding a latitude. */
export function exifWithGps(orientation = 6): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + 24);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  let p = 8;
  tiff.writeUInt16BE(2, p);
  p += 2;
  // Orientation
  tiff.writeUInt16BE(0x0112, p);
  tiff.writeUInt16BE(3, p + 2);
  tiff.writeUInt32BE(1, p + 4);
  tiff.writeUInt16BE(orientation, p + 8);
  p += 12;
  // GPS IFD pointer
  const gpsAt = 8 + 2 + 24 + 4;
  tiff.writeUInt16BE(0x8825, p);
  tiff.writeUInt16BE(4, p + 2);
  tiff.writeUInt32BE(1, p + 4);
  tiff.writeUInt32BE(gpsAt, p + 8);
  p += 12;
  tiff.writeUInt32BE(0, p);
  p = gpsAt;
  tiff.writeUInt16BE(1, p);
  p += 2;
  // GPSLatitude: 3 RATIONALs at the end
  const dataAt = gpsAt + 2 + 12 + 4;
  tiff.writeUInt16BE(0x0002, p);
  tiff.writeUInt16BE(5, p + 2);
  tiff.writeUInt32BE(3, p + 4);
  tiff.writeUInt32BE(dataAt, p + 8);
  p += 12;
  tiff.writeUInt32BE(0, p);
  [27, 1, 43, 1, 1234, 100].forEach((v, k) => tiff.writeUInt32BE(v, dataAt + k * 4));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** multipart/form-data with one file field, as wx.uploadFile sends it. */
export function multipart(
  bytes: Buffer,
  opts: { field?: string; filename?: string; type?: string } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----test${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.filename ?? 'photo.jpg'}"\r\nContent-Type: ${opts.type ?? 'image/jpeg'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let salt = 1;

export async function upload(
  t: TestApp,
  token: string,
  purpose: UploadPurpose,
  bytes: Buffer = makePng([], salt++),
): Promise<Upload> {
  const { payload, headers } = multipart(bytes);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/uploads?purpose=${purpose}`,
    payload,
    headers: { ...headers, ...bearer(token) },
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<Upload>();
}

// ---- registration -------------------------------------------------------------------------

export function registration(
  overrides: Partial<RegisterMerchantBody> & { licencePhoto: string },
): RegisterMerchantBody {
  return {
    creditCode: testCode(1),
    name: '测试便民超市',
    type: '企业',
    industry: '商场超市',
    town: '城关镇',
    address: '城关镇测试路8号',
    location: { lat: 27.72, lng: 106.92 },
    hours: '08:00-21:00',
    publicPhone: '0123-6600000',
    contactName: '张三丰',
    contactPhone: '13812345678',
    ...overrides,
  };
}

export async function register(
  t: TestApp,
  token: string,
  body: Partial<RegisterMerchantBody> = {},
): Promise<Membership> {
  const licence = body.licencePhoto ?? (await upload(t, token, 'licence')).id;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/merchants',
    headers: bearer(token),
    payload: registration({ ...body, licencePhoto: licence }),
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return res.json<Membership>();
}

export async function verify(
  t: TestApp,
  staffToken: string,
  membershipId: string,
  body: object = { decision: 'approve' },
): Promise<Membership> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/merchants/memberships/${membershipId}/verification`,
    headers: bearer(staffToken),
    payload: body,
  });
  if (res.statusCode !== 200) throw new Error(`verify failed: ${res.statusCode} ${res.body}`);
  return res.json<Membership>();
}
