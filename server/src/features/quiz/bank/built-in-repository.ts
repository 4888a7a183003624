import type { Kysely } from 'kysely';
import type { BankQuestion } from '@api/quiz';
import type { Database } from '../../../db/schema';
import { toQuestionRow } from '../question-row';
import { bumpVersion } from '../../../cache/read-cache';

const COLUMNS = [
  'type',
  'topic',
  'subtopic',
  'difficulty',
  'stem',
  'options',
  'answer',
  'explanation',
  'image',
  'retired',
] as const;

/**
 * Brings the built-in questions that staff never edited (updated_by null) up to this release's
 * text. The seed only inserts missing ids, so without this a corrected question (a rule changed,
 * a statement was legally wrong) would stay wrong in every database seeded before the fix.
 * Rows staff edited or imported (updated_by set) are kept as they are. Returns the ids changed.
 */
export async function refreshBuiltInQuestions(
  db: Kysely<Database>,
  bank: readonly BankQuestion[],
  now: string,
): Promise<string[]> {
  const byId = new Map(bank.map((q) => [q.id, toQuestionRow(q)]));
  const ids = [...byId.keys()];
  const changed: string[] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db
      .selectFrom('quiz_questions')
      .select(['id', ...COLUMNS])
      .where('id', 'in', ids.slice(i, i + 200))
      .where('updated_by', 'is', null)
      .execute();
    for (const row of rows) {
      const want = byId.get(row.id)!;
      // PostgreSQL may hand integers back as strings: compare as text.
      const differs = COLUMNS.some((c) => String(row[c] ?? '') !== String(want[c] ?? ''));
      if (!differs) continue;
      const values = Object.fromEntries(COLUMNS.map((c) => [c, want[c]]));
      await db
        .updateTable('quiz_questions')
        .set({ ...values, updated_at: now })
        .where('id', '=', row.id)
        .where('updated_by', 'is', null)
        .execute();
      changed.push(row.id);
    }
  }
  if (changed.length > 0) await bumpVersion(db, 'quiz-bank');
  return changed;
}
