import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, LawArticlesTable, LawsTable } from '../../db/schema';

/** All SQL of the law library (laws, law_articles). */

export type LawRow = Selectable<LawsTable>;
export type ArticleRow = Selectable<LawArticlesTable>;
export type NewArticle = Insertable<LawArticlesTable>;

/** Each stored law's revision and origin, by key. */
export async function lawRevisions(
  db: Kysely<Database>,
): Promise<Map<string, { revision: string; origin: LawRow['origin'] }>> {
  const rows = await db.selectFrom('laws').select(['key', 'revision', 'origin']).execute();
  return new Map(rows.map((r) => [r.key, { revision: r.revision, origin: r.origin }]));
}

export function findLaw(db: Kysely<Database>, key: string): Promise<LawRow | undefined> {
  return db.selectFrom('laws').selectAll().where('key', '=', key).executeTakeFirst();
}

/**
 * Store a law and its articles in place of what the key had (call it in a transaction):
 * created_at (and who first imported it) stay those of the first version.
 */
export async function replaceLaw(
  db: Kysely<Database>,
  law: Insertable<LawsTable>,
  articles: NewArticle[],
): Promise<void> {
  await db
    .insertInto('laws')
    .values(law)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        short_title: eb.ref('excluded.short_title'),
        kind: eb.ref('excluded.kind'),
        version_date: eb.ref('excluded.version_date'),
        complete: eb.ref('excluded.complete'),
        full_text_url: eb.ref('excluded.full_text_url'),
        source_name: eb.ref('excluded.source_name'),
        source_url: eb.ref('excluded.source_url'),
        origin: eb.ref('excluded.origin'),
        revision: eb.ref('excluded.revision'),
        preamble: eb.ref('excluded.preamble'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  // After the upsert, which locks the law's row: a second server starting meanwhile waits.
  await db.deleteFrom('law_articles').where('law_key', '=', law.key).execute();
  // 9 columns a row: 1000 rows stay below either database's parameter limit.
  for (let i = 0; i < articles.length; i += 1000) {
    await db
      .insertInto('law_articles')
      .values(articles.slice(i, i + 1000))
      .execute();
  }
}

/** Every law. */
export function allLaws(db: Kysely<Database>): Promise<LawRow[]> {
  return db.selectFrom('laws').selectAll().execute();
}

/** Every article of every law (the library index is built from them). */
export function allArticles(db: Kysely<Database>): Promise<ArticleRow[]> {
  return db.selectFrom('law_articles').selectAll().orderBy('law_key').orderBy('position').execute();
}
