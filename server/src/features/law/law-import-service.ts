import { readFile } from 'node:fs/promises';
import '../../typebox-formats';
import { Value } from '@sinclair/typebox/value';
import type { Kysely } from 'kysely';
import { LawImportBody, type LawSummary } from '@api/law';
import { BUILTIN_LAWS, LAW_KINDS, LAW_LIMITS } from '@/domain/law-vocabulary';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { AppError, badRequest, conflict } from '../../plugins/app-error';
import { revisionOf } from './builtin-laws';
import { findLaw, replaceLaw } from './law-repository';
import { LawFormatError, parseLawText } from './law-text-parser';
import { articleCountOf, lawRows } from './law-service';
import { toLawSummary } from './law-view';

/**
 * A county's law (the provincial consumer-protection regulation) from a file in the format of
 * the texts that ship: POST /law/imports (staff) and `npm run admin -- law-import`. The same key
 * again replaces the imported law (a new revision); a built-in key is refused.
 */

const BUILTIN_KEYS = new Set<string>(BUILTIN_LAWS.map((law) => law.key));

export const lawKeyTaken = () => conflict('LAW_KEY_TAKEN', '该编号为内置法律，不能替换');

function formatError(reason: string, line?: number): AppError {
  const message = line === undefined ? reason : `第${line}行：${reason}`;
  return badRequest('LAW_FORMAT', message, { markdown: message });
}

/** Store an imported law in one transaction, with its audit row; `actorId` null: the CLI. */
export async function importLaw(
  db: Kysely<Database>,
  actorId: string | null,
  body: LawImportBody,
  at: Date,
): Promise<LawSummary> {
  if (BUILTIN_KEYS.has(body.key)) throw lawKeyTaken();
  let parsed;
  try {
    parsed = parseLawText(body.markdown);
  } catch (err) {
    if (err instanceof LawFormatError) throw formatError(err.reason, err.line);
    throw err;
  }
  const { min, max } = LAW_LIMITS.importTitle;
  if (parsed.title.length < min || parsed.title.length > max) {
    throw formatError(`法规名称应为 ${min}–${max} 个字`, 1);
  }
  const revision = revisionOf(body.markdown, JSON.stringify({ ...body, markdown: undefined }));
  return db.transaction().execute(async (trx) => {
    const existing = await findLaw(trx, body.key);
    if (existing?.origin === 'builtin') throw lawKeyTaken();
    const rows = lawRows(
      parsed,
      {
        key: body.key,
        title: parsed.title,
        shortTitle: body.shortTitle.trim(),
        kind: body.kind,
        versionDate: body.versionDate,
        complete: body.complete,
        source: body.source,
        fullTextUrl: body.fullTextUrl,
        origin: 'imported',
        revision,
        importedBy: existing ? existing.imported_by : actorId,
      },
      at,
    );
    await replaceLaw(trx, rows.law, rows.articles);
    await recordAudit(trx, {
      actorId,
      action: existing ? 'law.reimport' : 'law.import',
      targetType: 'law',
      targetId: body.key,
      detail: { title: parsed.title, revision, articles: articleCountOf(parsed) },
      at,
    });
    const stored = await findLaw(trx, body.key);
    return toLawSummary(stored!, rows.articles.length);
  });
}

const FLAGS: Record<string, string> = {
  '--key': 'key',
  '--kind': 'kind',
  '--short': 'shortTitle',
  '--version-date': 'versionDate',
  '--source-name': 'sourceName',
  '--source-url': 'sourceUrl',
  '--full-text-url': 'fullTextUrl',
};

/** A body path → the flag that gives it, for the CLI's error. */
const PATH_FLAGS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FLAGS).map(([flag, name]) => [`/${name}`, flag])),
  '/source': '--source-name/--source-url',
  '/source/name': '--source-name',
  '/source/url': '--source-url',
  '/markdown': '文件内容',
};

export const LAW_IMPORT_USAGE =
  'law-import <文件.md> --key 编号 --kind 地方性法规 --short 简称 --version-date YYYY-MM-DD --source-name 来源 --source-url 网址 --full-text-url 全文网址 [--excerpt]';

/** The CLI's flags and the file's text → the body POST /law/imports takes, checked the same way. */
export function lawImportBodyFromCli(markdown: string, args: readonly string[]): LawImportBody {
  const values: Record<string, string> = {};
  let complete = true;
  for (let i = 0; i < args.length; i += 1) {
    const name = FLAGS[args[i]];
    if (args[i] === '--excerpt') complete = false;
    else if (name && args[i + 1] !== undefined) values[name] = args[++i];
    else throw badRequest('CLI_BAD_FLAG', `无法识别的参数: ${args[i]}`);
  }
  const body = {
    key: values.key,
    kind: values.kind,
    shortTitle: values.shortTitle,
    versionDate: values.versionDate,
    complete,
    source: { name: values.sourceName, url: values.sourceUrl },
    fullTextUrl: values.fullTextUrl,
    markdown,
  };
  if (!Value.Check(LawImportBody, body)) {
    const first = Value.Errors(LawImportBody, body).First();
    const path = first?.path ?? '';
    const what = PATH_FLAGS[path] ?? (path || '文件');
    const hint = path === '/kind' ? `，应为${LAW_KINDS.join('、')}之一` : '';
    throw badRequest('CLI_BAD_FLAG', `${what} 缺失或有误${hint}\n用法: ${LAW_IMPORT_USAGE}`);
  }
  return body as LawImportBody;
}

/** `npm run admin -- law-import FILE …`: import the file (no actor: the CLI); the report line. */
export async function runLawImport(
  db: Kysely<Database>,
  file: string,
  args: readonly string[],
  at: Date,
): Promise<string> {
  const markdown = await readFile(file, 'utf8').catch(() => {
    throw badRequest('FILE_NOT_FOUND', `无法读取文件 ${file}`);
  });
  const law = await importLaw(db, null, lawImportBodyFromCli(markdown, args), at);
  return `已导入《${law.title}》（${law.key}，${law.kind}${law.complete ? '' : '，摘录'}）：${law.articleCount} 条，版本 ${law.revision}`;
}
