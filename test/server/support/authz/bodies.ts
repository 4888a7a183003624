import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { CreatePledgeBody } from '@api/pledges';
import type { ApplyModelUnitBody } from '@api/model-units';
import type { QuestionBody } from '@api/quiz';
import { demoRegion } from '../../../../server/src/db/seed';
import { pngChunk, testCode, today } from '../merchants';
import { bankQuestion } from '../../../support/question-factory';

/** Valid request bodies, so that a 400 never stands in for a missing authorization check. */

/** A handwritten-looking PNG: 64×8 of noise, well over the signature's 200-byte floor. */
export function signaturePng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 64, 0, 0, 0, 8, 8, 2, 0, 0, 0]);
  const rows = Array.from({ length: 8 }, () =>
    Buffer.concat([Buffer.from([0]), randomBytes(64 * 3)]),
  );
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const pledgeBody = (merchantId: string, signatureUploadId: string): CreatePledgeBody => ({
  merchantId,
  kind: 'offline-return',
  terms: {
    windowDays: 7,
    scope: { kind: 'all' },
    excluded: ['定制商品'],
    conditions: { proof: 'receipt-or-other' },
    refund: { method: 'original', withinDays: 7 },
    otherBranches: false,
    startsOn: today(),
  },
  signature: { uploadId: signatureUploadId, signerName: '王建国', signerRole: '店长' },
});

const checklist = demoRegion().modelUnit.checklist.map((item) => ({ item, checked: true }));

export const applicationBody = (merchantId: string, photos: string[]): ApplyModelUnitBody => ({
  merchantId,
  category: '餐饮服务',
  checklist,
  note: '店内已张贴承诺',
  photos,
});

/** A credit code no fixture uses yet (the matrix's own range). */
let codeSerial = 6100;
export const nextCode = () => testCode(codeSerial++);

const CSV_HEADER = '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话';
export const merchantCsv = () =>
  Buffer.from(
    `${CSV_HEADER}\n${nextCode()},矩阵导入百货,企业,商场超市,城关镇,城关镇导入路1号,,,,\n`,
  );

let questionSerial = 1;
/** A new bank question (its own id each time, so a real import or create adds one). */
export const questionBody = (id = `authz-q-${questionSerial++}`): QuestionBody =>
  bankQuestion({ id });

/** The fields of a staff question that a PUT takes back. */
export function asQuestionBody(q: Record<string, unknown>): QuestionBody {
  const keep = ['id', 'type', 'topic', 'subtopic', 'difficulty', 'stem', 'options', 'answer'];
  const extra = ['explanation', 'image', 'retired'];
  return Object.fromEntries(
    Object.entries(q).filter(([k]) => keep.includes(k) || extra.includes(k)),
  ) as QuestionBody;
}
