import { sql, type Insertable, type Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Region } from '@api/region';
import { dialectOf } from '../../server/src/db/dialect';
import type { Database, ModelUnitsTable, PledgesTable } from '../../server/src/db/schema';
import { demoCreditCode, DEMO_CENTRE } from '../../server/src/db/seed/demo-merchants';
import { seededRandom } from '../../server/src/db/seed/prng';
import regionJson from '../../server/src/db/seed/region.json';
import { addDays, shanghaiDate } from '../../server/src/time';
import {
  insertMerchants,
  type NewMerchant,
} from '../../server/src/features/merchants/merchants-repository';
import { insertModelUnits } from '../../server/src/features/model-units/model-units-repository';

/**
 * Many believable merchants, fast, for benchmarks (100,000 and more): names built from parts,
 * valid credit codes (an area code of their own, so they never collide with the demo seed),
 * locations around the county seat, and about one in ten a model unit, one in seven pledged,
 * one in five an initiative signatory, with the badge columns set as badges.ts would set them.
 * One transaction, multi-row inserts; the SQLite FTS index is filled by its triggers.
 */
export interface SyntheticOptions {
  /** Same seed, same merchants. */
  seed?: number;
  /** Rows per INSERT statement. */
  batch?: number;
  /** The day the badges are valid from; default: now. */
  now?: Date;
}

export const SYNTHETIC_AREA_CODE = '523399';

const BRANDS = [
  '惠民',
  '万家',
  '好又多',
  '新世纪',
  '金鑫',
  '福满',
  '康乐',
  '百佳',
  '阳光',
  '老街',
  '白云',
  '青山',
  '长乐',
  '桃源',
  '河畔',
  '东方',
  '红星',
  '兴隆',
  '顺发',
  '永安',
  '鑫源',
  '华联',
  '利民',
  '家家乐',
  '同心',
  '德润',
  '丰收',
  '春晖',
  '恒信',
  '佳美',
  '锦绣',
  '祥和',
  '宏达',
  '益丰',
  '聚福',
  '天天',
  '乐购',
  '和顺',
  '旺达',
  '金桥',
];
const SHOPS: Record<string, string[]> = {
  商场超市: ['超市', '购物广场', '生活超市', '百货'],
  便利店: ['便利店', '便民店', '小卖部'],
  餐饮: ['米粉店', '火锅店', '饭店', '面馆', '小吃店', '烧烤店', '酸汤鱼馆', '羊肉粉馆'],
  住宿: ['酒店', '宾馆', '客栈', '民宿'],
  文化旅游: ['旅行社', '文化传媒', '游客中心'],
  美容美发: ['美发店', '美容院', '理发店'],
  家电数码: ['家电城', '手机店', '电脑店', '家电维修部'],
  服装鞋帽: ['服装店', '鞋城', '童装店'],
  药店: ['大药房', '药店', '医药超市'],
  汽车服务: ['汽车维修厂', '汽车美容店', '轮胎店'],
  农资: ['农资店', '农资服务部', '种子站'],
  白酒: ['酒坊', '酒业商行', '酒厂直营店'],
  中医药: ['中医馆', '中药材商行', '国医堂'],
  农产品: ['特产店', '农产品直销店', '茶叶店'],
  教育培训: ['培训学校', '教育中心', '艺术培训'],
  家政服务: ['家政服务部', '保洁公司'],
  其他: ['商行', '经营部', '批发部'],
};
const BRANCH = ['', '', '', '城关店', '东城店', '西城店', '一分店', '二分店', '旗舰店'];

export async function insertSyntheticMerchants(
  db: Kysely<Database>,
  count: number,
  options: SyntheticOptions = {},
): Promise<void> {
  const region = regionJson as Region;
  const random = seededRandom(options.seed ?? 2027);
  const nextId = monotonicFactory(random);
  const batch = options.batch ?? 500;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const at = options.now ?? new Date();
  const today = shanghaiDate(at);
  const now = at.toISOString();
  const year = Number(today.slice(0, 4));

  await db.transaction().execute(async (trx) => {
    // Continue after earlier synthetic rows, so calling twice adds, never collides.
    const { n } = await trx
      .selectFrom('merchants')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('credit_code', 'like', `9_${SYNTHETIC_AREA_CODE}%`)
      .executeTakeFirstOrThrow();
    const offset = Number(n);

    for (let start = 0; start < count; start += batch) {
      const merchants: NewMerchant[] = [];
      const units: Insertable<ModelUnitsTable>[] = [];
      const pledges: Insertable<PledgesTable>[] = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const serial = offset + i + 1;
        const industry = pick(region.industries);
        const town = pick(region.towns);
        const type = random() < 0.6 ? '个体工商户' : '企业';
        const shop = pick(SHOPS[industry] ?? SHOPS['其他']);
        const prefix = random() < 0.3 ? town.replace(/(镇|乡|街道)$/, '') : '';
        const id = nextId();
        const located = random() < 0.95;
        const unit = serial % 10 === 0;
        const pledged = serial % 7 === 0;
        const initiative = serial % 5 === 0;
        const validUntil = addDays(today, 200 + (serial % 500));
        merchants.push({
          id,
          credit_code: demoCreditCode(serial, type, SYNTHETIC_AREA_CODE),
          name: `${prefix}${pick(BRANDS)}${shop}${pick(BRANCH)}`,
          type,
          industry,
          town,
          address: `${town}${pick(['人民路', '中山路', '新街', '滨河路', '建设路', '文化路'])}${1 + (serial % 300)}号`,
          lat: located ? DEMO_CENTRE.lat + (random() - 0.5) * 0.2 : null,
          lng: located ? DEMO_CENTRE.lng + (random() - 0.5) * 0.2 : null,
          hours: random() < 0.5 ? '08:00-21:00' : null,
          public_phone: null,
          status: 'listed',
          created_at: now,
          updated_at: now,
          // The badge columns, exactly as refreshMerchantBadges would compute them.
          model_unit_until: unit ? validUntil : null,
          model_unit_level: unit ? '县级' : null,
          model_unit_category: unit ? region.modelUnit.categories[serial % 5].name : null,
          model_unit_year: unit ? year : null,
          pledge_since: pledged ? addDays(today, -30) : null,
          initiative_since: initiative ? addDays(today, -30) : null,
        });
        if (unit) {
          units.push({
            id: nextId(),
            merchant_id: id,
            application_id: null,
            certificate_no: `SYN-${year}-SF-${String(serial).padStart(7, '0')}`,
            category: region.modelUnit.categories[serial % 5].name,
            level: '县级',
            year,
            valid_from: today,
            valid_until: validUntil,
            revoked_on: null,
            revoked_reason: null,
            revoked_by: null,
            created_at: now,
            created_by: null,
          });
        }
        for (const kind of [pledged && 'offline-return', initiative && 'initiative'] as const) {
          if (!kind) continue;
          pledges.push({
            id: nextId(),
            merchant_id: id,
            kind,
            status: 'verified',
            certificate_no: `SYN-${year}-${kind === 'initiative' ? 'CY' : 'TH'}-${String(serial).padStart(7, '0')}`,
            terms: kind === 'initiative' ? '{}' : JSON.stringify({ windowDays: 7, excluded: [] }),
            signed_at: now,
            starts_on: addDays(today, -30),
            ended_on: null,
            ended_reason: null,
            signer_name: '负责人',
            signer_role: '负责人',
            content_hash: id,
            signature_upload_id: null,
            created_by: null,
            verified_by: null,
            verified_at: now,
          });
        }
      }
      await insertMerchants(trx, merchants, batch);
      await insertModelUnits(trx, units);
      if (pledges.length > 0) await trx.insertInto('pledges').values(pledges).execute();
    }
  });
  // PostgreSQL plans from statistics: after a bulk load they are stale until autovacuum runs.
  if (dialectOf(db) === 'postgres') await sql`ANALYZE merchants`.execute(db);
}
