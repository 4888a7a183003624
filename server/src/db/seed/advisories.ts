import type { Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import { searchText } from '../../features/advisories/advisory-rules';
import { SEED_ACTOR } from '../../features/advisories/staff-names-service';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import type { Database } from '../schema';
import { DEMO_ADVISORIES } from './demo-advisories';
import { seededRandom } from './prng';

/** The demo advisories, published before the seed day (dates relative to it, as for merchants). */
export async function seedDemoAdvisories(db: Kysely<Database>, now: Date): Promise<void> {
  const nextId = monotonicFactory(seededRandom(1415));
  const today = shanghaiDate(now);
  for (const { daysAgo, ...content } of [...DEMO_ADVISORIES].reverse()) {
    const id = nextId();
    // 09:00 in the county, `daysAgo` days before the seed day.
    const dayStart = Date.parse(shanghaiDayStartIso(addDays(today, -daysAgo)));
    const at = new Date(dayStart + 9 * 3600_000).toISOString();
    await db
      .insertInto('advisories')
      .values({
        id,
        status: 'published',
        version: 1,
        kind: content.kind,
        title: content.title,
        category: content.category,
        search_text: searchText(content),
        content: JSON.stringify(content),
        valid_from: null,
        valid_until: null,
        merchant_id: null,
        author_id: SEED_ACTOR,
        created_at: at,
        updated_at: at,
        submitted_at: at,
        returned_reason: null,
        publish_at: at,
        published_by: SEED_ACTOR,
        unpublished_at: null,
        unpublished_by: null,
        unpublished_reason: null,
        revision: null,
      })
      .execute();
    await db
      .insertInto('advisory_versions')
      .values({
        advisory_id: id,
        version: 1,
        content: JSON.stringify(content),
        author_id: SEED_ACTOR,
        published_by: SEED_ACTOR,
        published_at: at,
      })
      .execute();
  }
}
