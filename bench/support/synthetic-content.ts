import { sql, type Insertable, type Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { AdvisoryContent } from '@api/advisories';
import { normaliseTipBody } from '../../src/domain/tip-vocabulary';
import { dialectOf } from '../../server/src/db/dialect';
import type { AdvisoriesTable, Database, TipsTable, UsersTable } from '../../server/src/db/schema';
import { seededRandom } from '../../server/src/db/seed/prng';
import { searchText } from '../../server/src/features/advisories/advisory-rules';
import { addDays, shanghaiDate } from '../../server/src/time';
import { CATEGORY_TEXT, CLOSINGS, ISSUERS, LAWS, SURNAMES, TIP_OPENINGS } from './content-text';

/**
 * Many believable 提示/警示 and 消费小贴士, fast, for benchmarks: published advisories spread over
 * three years (one in five a 警示, the recent ones still within their window), consumers who
 * write published tips spread over two years, and a few tips still pending or hidden (which the
 * public lists must skip). Bodies of a few hundred characters in the advisory markup, built from
 * per-category sentences, so searches find a realistic share. Multi-row inserts in one
 * transaction; the same seed gives the same rows.
 */
export interface SyntheticContentOptions {
  advisories: number;
  tips: number;
  /** Consumers the tips are spread over. */
  authors?: number;
  seed?: number;
  now?: Date;
}

/** What the suite needs to know about what was inserted. */
export interface SyntheticContent {
  /** Published advisory ids, newest first. */
  advisoryIds: string[];
  /** The (publish_at, id) key of the advisory at each position of the public list, newest first. */
  advisoryKeys: [string, string][];
  tipIds: string[];
}

const BATCH = 500;

/** Categories are uneven, as in a real county: many about food, very few about 农资. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  食品: 25,
  预付式消费: 18,
  网购直播: 15,
  家电数码: 8,
  旅游出行: 8,
  教育培训: 8,
  医美健康: 6,
  老年人保健品: 6,
  其他: 4.8,
  汽车: 1,
  农资: 0.2,
};
/** The category most rows have, and the one fewest have (for the benchmark's filters). */
export const COMMON_CATEGORY = '食品';
export const RARE_CATEGORY = '农资';
const DAY_MS = 86_400_000;

export async function insertSyntheticContent(
  db: Kysely<Database>,
  options: SyntheticContentOptions,
): Promise<SyntheticContent> {
  const random = seededRandom(options.seed ?? 1414);
  const nextId = monotonicFactory(random);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const total = Object.values(CATEGORY_WEIGHTS).reduce((a, b) => a + b, 0);
  const pickCategory = () => {
    let r = random() * total;
    for (const [category, weight] of Object.entries(CATEGORY_WEIGHTS)) {
      r -= weight;
      if (r < 0) return category;
    }
    return COMMON_CATEGORY;
  };
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const authors = options.authors ?? Math.max(10, Math.ceil(options.tips / 20));
  /** An instant within the last `days` days, never in the future. */
  const pastInstant = (days: number) =>
    new Date(now.getTime() - 60_000 - Math.floor(random() * days * DAY_MS));
  /** A few sentences of a category, `min`..`max` characters, as markup lines. */
  const bodyOf = (category: string, lines: number) => {
    const text = CATEGORY_TEXT[category];
    const out = [pick(text.openings)];
    for (let i = 0; i < lines; i++) {
      const advice = pick(text.advice);
      out.push(i % 3 === 1 ? `- ${advice}` : i % 4 === 0 ? `**${advice}**` : advice);
    }
    out.push(pick(CLOSINGS));
    return out.join('\n');
  };

  const advisories: Insertable<AdvisoriesTable>[] = [];
  for (let i = 0; i < options.advisories; i++) {
    const category = pickCategory();
    const text = CATEGORY_TEXT[category];
    const warning = random() < 0.2;
    const at = pastInstant(3 * 365);
    const published = at.toISOString();
    const day = shanghaiDate(at);
    // 警示 stay in force for 90 days; one in three 提示 is seasonal with a window.
    const window = warning || random() < 0.33;
    const content: AdvisoryContent = {
      kind: warning ? '警示' : '提示',
      title: `${warning ? pick(['警惕', '当心', '谨防']) : pick(['关于', '选购', '理性'])}${pick(text.topics)}${pick(['的消费提示', '消费提醒', '：请注意这几点', '须知', ''])}`,
      body: bodyOf(category, 4 + Math.floor(random() * 4)),
      images: [],
      category,
      issuer: pick(ISSUERS),
      legalBasis: [pick(LAWS)],
      ...(window && { validFrom: day, validUntil: addDays(day, 90) }),
      ...(random() < 0.5 && { action: { kind: 'call-12315' as const } }),
    };
    advisories.push({
      id: nextId(at.getTime()),
      status: 'published',
      version: 1,
      kind: content.kind,
      title: content.title,
      category,
      search_text: searchText(content),
      content: JSON.stringify(content),
      valid_from: content.validFrom ?? null,
      valid_until: content.validUntil ?? null,
      merchant_id: null,
      author_id: 'bench',
      created_at: published,
      updated_at: published,
      submitted_at: published,
      returned_reason: null,
      publish_at: published,
      published_by: 'bench',
      unpublished_at: null,
      unpublished_by: null,
      unpublished_reason: null,
      revision: null,
      read_count: Math.floor(random() * 2000),
      useful_count: Math.floor(random() * 80),
    });
  }

  const users: Insertable<UsersTable>[] = Array.from({ length: authors }, (_, i) => ({
    id: nextId(),
    role: 'consumer',
    openid: `bench-content-${i}`,
    unionid: null,
    session_key: null,
    username: null,
    password_hash: null,
    must_change_password: 0,
    nickname: `${pick(SURNAMES)}${pick(['小明', '丽', '建国', '芳', '伟', '秀英', '大姐', '师傅'])}`,
    created_at: nowIso,
    updated_at: nowIso,
  }));

  const tips: Insertable<TipsTable>[] = [];
  // 2 % more that are not public: pending review or hidden by staff.
  const hiddenToo = Math.ceil(options.tips * 0.02);
  for (let i = 0; i < options.tips + hiddenToo; i++) {
    const category = pickCategory();
    const text = CATEGORY_TEXT[category];
    const at = pastInstant(2 * 365);
    const lines = [pick(TIP_OPENINGS) + pick(text.openings)];
    for (let n = 2 + Math.floor(random() * 4); n > 0; n--) lines.push(pick(text.advice));
    const body = lines.join('');
    const status = i < options.tips ? 'published' : pick(['pending', 'hidden'] as const);
    tips.push({
      id: nextId(at.getTime()),
      author_id: users[Math.floor(random() * users.length)].id as string,
      title: `${pick(['提醒大家', '分享', '亲身经历', '小窍门'])}：${pick(text.topics)}`,
      body,
      body_key: normaliseTipBody(body),
      category,
      photos: '[]',
      status,
      sec_check: 'pass',
      reject_reason: null,
      moderated_by: null,
      moderated_at: status === 'pending' ? null : at.toISOString(),
      useful_count: Math.floor(random() * 30),
      promoted_advisory_id: null,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
      published_at: status === 'pending' ? null : at.toISOString(),
    });
  }

  // In the order they were written, as a real table fills: row order follows time.
  const byTime = (a: { created_at: string }, b: { created_at: string }) =>
    a.created_at.localeCompare(b.created_at);
  advisories.sort(byTime);
  tips.sort(byTime);
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of [
      ['users', users],
      ['advisories', advisories],
      ['tips', tips],
    ] as const) {
      for (let start = 0; start < rows.length; start += BATCH) {
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + BATCH) as never)
          .execute();
      }
    }
  });
  // PostgreSQL plans from statistics: after a bulk load they are stale until autovacuum runs.
  if (dialectOf(db) === 'postgres') await sql`ANALYZE advisories, tips, users`.execute(db);

  const newestFirst = [...advisories].sort((a, b) =>
    a.publish_at === b.publish_at
      ? (b.id as string).localeCompare(a.id as string)
      : (b.publish_at as string).localeCompare(a.publish_at as string),
  );
  return {
    advisoryIds: newestFirst.map((a) => a.id as string),
    advisoryKeys: newestFirst.map((a) => [a.publish_at as string, a.id as string]),
    tipIds: tips.filter((t) => t.status === 'published').map((t) => t.id as string),
  };
}
