import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { ArticleRef, QaTopic } from '@api/law';
import type { Database } from '../../db/schema';
import { insertSeededQa, seededKeys } from './qa-repository';
import { normaliseQa, qaContentColumns } from './qa-rules';
import { unresolvedCitations } from './qa-service';

/** A 问答 card that ships with the app (server/src/features/law/qa-seed.ts). */
export interface SeedQaCard {
  /** Stable: the card is inserted once by it, then it is staff's. */
  key: string;
  topic: QaTopic;
  question: string;
  answer: string;
  citations: readonly ArticleRef[];
}

export interface QaSeedResult {
  inserted: string[];
  /** Cards left out because the library lacks an article they cite: key → the articles. */
  unresolved: Record<string, string[]>;
}

/**
 * The shipped cards not yet in the database, as 待审核 by 系统预置 (no author, so any staff
 * member may publish them after reading). A card whose key is there already is never touched
 * again (staff may have edited, published or taken it down). A card citing an article the
 * library lacks is left out and reported: the tests hold that list empty. Run after the
 * built-in laws are loaded, in one transaction.
 */
export async function seedQaCards(
  db: Kysely<Database>,
  cards: readonly SeedQaCard[],
  now: Date,
): Promise<QaSeedResult> {
  const result: QaSeedResult = { inserted: [], unresolved: {} };
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const have = await seededKeys(trx);
    for (const card of cards) {
      if (have.has(card.key)) continue;
      const content = normaliseQa({ ...card, citations: [...card.citations] });
      const missing = await unresolvedCitations(trx, content.citations);
      if (missing.length > 0) {
        result.unresolved[card.key] = missing;
        continue;
      }
      const inserted = await insertSeededQa(trx, {
        id: ulid(),
        seed_key: card.key,
        status: 'submitted',
        version: 1,
        ...qaContentColumns(content),
        author_id: null,
        created_at: at,
        updated_at: at,
        submitted_at: at,
        returned_reason: null,
        published_at: null,
        published_by: null,
        unpublished_at: null,
        unpublished_by: null,
        unpublished_reason: null,
        revision: null,
      });
      if (inserted) result.inserted.push(card.key);
    }
  });
  return result;
}
