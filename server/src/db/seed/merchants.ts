import type { Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { OfflineReturnTerms } from '@api/pledges';
import { refreshMerchantBadges } from '../../features/merchants/badges';
import { contentHash } from '../../features/pledges/content-hash';
import { initiativeText, offlineReturnText } from '@/domain/pledge-text';
import { merchantValues } from '../../features/merchants/merchants-repository';
import { nextCounter } from '../counters';
import type { Database } from '../schema';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import {
  DEMO_CENTRE,
  DEMO_EXCLUDED,
  DEMO_INITIATIVE,
  DEMO_MERCHANTS,
  DEMO_MODEL_UNITS,
  DEMO_PLEDGES,
  DEMO_SIGNERS,
  demoCreditCode,
} from './demo-merchants';
import { demoRegion } from './index';
import { seededRandom } from './prng';

/**
 * The demo county's merchants with their titles and pledges. Dates are relative to the seed day
 * so that "active" stays active whenever the demo is set up; everything else is fixed (seeded
 * random locations, monotonic ids in list order).
 */
export async function seedDemoMerchants(
  db: Kysely<Database>,
  options: { countyCode: string; now: Date },
): Promise<void> {
  const { countyCode } = options;
  const today = shanghaiDate(options.now);
  const random = seededRandom(315);
  const nextId = monotonicFactory(random);
  const now = options.now.toISOString();
  const ids = DEMO_MERCHANTS.map(() => nextId());

  await db
    .insertInto('merchants')
    .values(
      DEMO_MERCHANTS.map((m, i) => {
        const lat = DEMO_CENTRE.lat + (random() - 0.5) * 0.1;
        const lng = DEMO_CENTRE.lng + (random() - 0.5) * 0.1;
        const located = m.located !== false;
        return merchantValues({
          id: ids[i],
          credit_code: demoCreditCode(i + 1, m.type),
          name: m.name,
          type: m.type,
          industry: m.industry,
          town: m.town,
          address: m.address,
          lat: located ? round6(lat) : null,
          lng: located ? round6(lng) : null,
          hours: m.hours ?? null,
          public_phone: m.publicPhone ?? null,
          status: 'listed',
          created_at: now,
          updated_at: now,
        });
      }),
    )
    .execute();

  for (const unit of DEMO_MODEL_UNITS) {
    const validFrom = addDays(today, -unit.fromDaysAgo);
    const year = Number(validFrom.slice(0, 4));
    const n = await nextCounter(db, `model-unit-certificate:${countyCode}:${year}`);
    await db
      .insertInto('model_units')
      .values({
        id: nextId(),
        merchant_id: ids[unit.merchant],
        application_id: null,
        certificate_no: `${countyCode}-${year}-SF-${String(n).padStart(4, '0')}`,
        category: unit.category,
        level: unit.level,
        year,
        valid_from: validFrom,
        valid_until: addDays(today, unit.untilDaysAhead),
        revoked_on: unit.revoked ? addDays(today, -unit.revoked.daysAgo) : null,
        revoked_reason: unit.revoked?.reason ?? null,
        revoked_by: null,
        created_at: now,
        created_by: null,
      })
      .execute();
  }

  const initiative = demoRegion().initiative;
  /**
   * A demo pledge, signed without a signature image (signatureSha256 null) but otherwise like
   * a real one: generated text, full terms, and a content hash that checks out.
   */
  const pledge = async (
    merchant: number,
    kind: 'offline-return' | 'initiative',
    daysAgo: number,
    windowDays: number,
    ended?: { daysAgo: number; reason: string },
  ) => {
    const startsOn = addDays(today, -daysAgo);
    const year = Number(startsOn.slice(0, 4));
    const mark = kind === 'offline-return' ? 'TH' : 'CY';
    const n = await nextCounter(db, `pledge-certificate:${countyCode}:${mark}:${year}`);
    const signer = DEMO_SIGNERS[merchant % DEMO_SIGNERS.length];
    const signedAt = shanghaiDayStartIso(startsOn);
    const merchantName = DEMO_MERCHANTS[merchant].name;
    const terms: OfflineReturnTerms | null =
      kind === 'offline-return'
        ? {
            windowDays,
            scope: { kind: 'all' },
            excluded: [...DEMO_EXCLUDED],
            conditions: { proof: 'receipt-or-other' },
            refund: { method: 'original', withinDays: 7 },
            otherBranches: false,
            startsOn,
          }
        : null;
    const text = terms ? offlineReturnText(merchantName, terms) : initiativeText(initiative);
    await db
      .insertInto('pledges')
      .values({
        id: nextId(),
        merchant_id: ids[merchant],
        kind,
        status: ended ? 'withdrawn' : 'verified',
        certificate_no: `${countyCode}-${year}-${mark}-${String(n).padStart(4, '0')}`,
        terms: JSON.stringify(terms ?? {}),
        signed_at: signedAt,
        starts_on: startsOn,
        ended_on: ended ? addDays(today, -ended.daysAgo) : null,
        ended_reason: ended?.reason ?? null,
        signer_name: signer,
        signer_role: '负责人',
        content_hash: contentHash({
          kind,
          merchantId: ids[merchant],
          merchantName,
          text,
          terms,
          signerName: signer,
          signerRole: '负责人',
          signatureSha256: null,
        }),
        signature_upload_id: null,
        created_by: null,
        verified_by: null,
        verified_at: signedAt,
        text,
        merchant_name: merchantName,
        signature_sha256: null,
      })
      .execute();
  };
  for (const p of DEMO_PLEDGES) {
    await pledge(p.merchant, 'offline-return', p.daysAgo, p.windowDays, p.withdrawn);
  }
  for (const [k, merchant] of DEMO_INITIATIVE.entries()) {
    await pledge(merchant, 'initiative', 60 - k, 0);
  }

  for (const id of ids) await refreshMerchantBadges(db, id, today);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
