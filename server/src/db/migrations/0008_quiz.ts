import { sql, type Kysely } from 'kysely';

/**
 * 识假辨假 quiz: the question bank, drawn papers with their questions as shown (options shuffled
 * and relabelled, the correct keys in the shown labels), the 错题本 and "题目有误" reports.
 * A paper question keeps what the user saw, so a later bank edit never changes a paper's score.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quiz_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('subtopic', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'integer', (c) => c.notNull())
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addCheckConstraint(
      'quiz_questions_type_check',
      sql`type in ('single', 'multiple', 'true-false')`,
    )
    .addCheckConstraint('quiz_questions_difficulty_check', sql`difficulty between 1 and 3`)
    .execute();
  await db.schema
    .createIndex('quiz_questions_updated_idx')
    .on('quiz_questions')
    .columns(['updated_at', 'id'])
    .execute();

  await db.schema
    .createTable('quiz_papers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('topic', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('correct_count', 'integer')
    .addColumn('score', 'integer')
    .addColumn('seconds', 'integer')
    .addColumn('ranked', 'integer')
    /** JSON array, in paper order, of the shown keys chosen (one array per question). */
    .addColumn('chosen', 'text')
    .execute();
  await db.schema
    .createIndex('quiz_papers_user_day_idx')
    .on('quiz_papers')
    .columns(['user_id', 'day'])
    .execute();
  // The leaderboard reads ranked results in a date window.
  await db.schema
    .createIndex('quiz_papers_ranked_idx')
    .on('quiz_papers')
    .columns(['ranked', 'day', 'user_id'])
    .execute();

  await db.schema
    .createTable('quiz_paper_questions')
    .addColumn('paper_id', 'text', (c) =>
      c.notNull().references('quiz_papers.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull().references('quiz_questions.id'))
    /** JSON PaperQuestion as shown; `correct` is a JSON array of shown keys. */
    .addColumn('face', 'text', (c) => c.notNull())
    .addColumn('correct', 'text', (c) => c.notNull())
    /** Shown key → bank key, e.g. {"A":"C","B":"A"} (the 错题本 speaks bank keys). */
    .addColumn('key_map', 'text', (c) => c.notNull())
    /** 1 right, 0 wrong, null until submitted: the bank's answer statistics count these. */
    .addColumn('is_correct', 'integer')
    .addPrimaryKeyConstraint('quiz_paper_questions_pk', ['paper_id', 'position'])
    .execute();
  // Statistics per question without a hot counter row that every submission would lock.
  // Partial: a drawn paper's rows enter it only when submitted, so drawing stays cheap.
  await db.schema
    .createIndex('quiz_paper_questions_stats_idx')
    .on('quiz_paper_questions')
    .columns(['question_id', 'is_correct'])
    .where(sql.ref('is_correct'), 'is not', null)
    .execute();

  await db.schema
    .createTable('quiz_mistakes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('quiz_questions.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    /** JSON array of bank keys chosen the last time. */
    .addColumn('last_chosen', 'text', (c) => c.notNull())
    .addColumn('times_wrong', 'integer', (c) => c.notNull())
    .addColumn('last_wrong_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_mistakes_pk', ['user_id', 'question_id'])
    .execute();
  await db.schema
    .createIndex('quiz_mistakes_list_idx')
    .on('quiz_mistakes')
    .columns(['user_id', 'last_wrong_at', 'question_id'])
    .execute();

  await db.schema
    .createTable('quiz_question_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('quiz_questions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('note', 'text')
    .addCheckConstraint(
      'quiz_question_reports_status_check',
      sql`status in ('open', 'fixed', 'dismissed')`,
    )
    .execute();
  await db.schema
    .createIndex('quiz_question_reports_queue_idx')
    .on('quiz_question_reports')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('quiz_question_reports_question_idx')
    .on('quiz_question_reports')
    .columns(['question_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quiz_question_reports').execute();
  await db.schema.dropTable('quiz_mistakes').execute();
  await db.schema.dropTable('quiz_paper_questions').execute();
  await db.schema.dropTable('quiz_papers').execute();
  await db.schema.dropTable('quiz_questions').execute();
}
