import type { LawImportBody, LawKind } from '@api/law';
import { LAW_KEY_PATTERN, LAW_LIMITS } from '@/domain/law-vocabulary';
import { lengthError } from '@/domain/text-length';
import type { LawPreview } from '../../import-preview';

/** The form's fields besides the text (kept on the phone while typing). */
export interface ImportDraft {
  key: string;
  kind: LawKind;
  shortTitle: string;
  versionDate: string;
  complete: boolean;
  sourceName: string;
  sourceUrl: string;
  fullTextUrl: string;
}

export type ImportField = keyof ImportDraft | 'markdown';
export type ImportErrors = Partial<Record<ImportField, string>>;

export const EMPTY_IMPORT: ImportDraft = {
  key: '',
  kind: '地方性法规',
  shortTitle: '',
  versionDate: '',
  complete: true,
  sourceName: '',
  sourceUrl: '',
  fullTextUrl: '',
};

const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const urlError = (url: string) =>
  !url.trim()
    ? '请填写网址'
    : WEB_ADDRESS.test(url.trim())
      ? undefined
      : '请填写完整网址，以 http:// 或 https:// 开头';

/** The short title a law's own title suggests: without 中华人民共和国. */
export const suggestedShortTitle = (title: string) => title.replace(/^中华人民共和国/, '').trim();

/** The server's rules (LawImportBody) in Chinese, by field, and the file's own problems. */
export function validateImport(
  draft: ImportDraft,
  markdown: string,
  preview: LawPreview | undefined,
  today: string,
): ImportErrors {
  const errors: ImportErrors = {};
  if (!new RegExp(LAW_KEY_PATTERN).test(draft.key)) {
    errors.key = '用小写字母、数字和“-”，字母开头，3–40位，如 fujian-consumer-protection';
  }
  const short = lengthError(draft.shortTitle, LAW_LIMITS.importTitle, {
    empty: '请填写简称',
    label: '简称',
  });
  if (short) errors.shortTitle = short;
  if (!draft.versionDate) errors.versionDate = '请选择版本日期（公布或最近一次修正的日期）';
  else if (draft.versionDate > today) errors.versionDate = '版本日期不能晚于今天';
  const name = lengthError(
    draft.sourceName,
    { min: 2, max: 60 },
    {
      empty: '请填写核对来源，如 福建省人大常委会公报',
      label: '来源名称',
    },
  );
  if (name) errors.sourceName = name;
  const sourceUrl = urlError(draft.sourceUrl);
  if (sourceUrl) errors.sourceUrl = sourceUrl;
  const fullTextUrl = urlError(draft.fullTextUrl);
  if (fullTextUrl) errors.fullTextUrl = fullTextUrl;
  if (!markdown.trim()) errors.markdown = '请选择法规文件，或粘贴条文';
  else if (markdown.length > LAW_LIMITS.importBytes) errors.markdown = '文件太大（最多60万字）';
  else if (markdown.trim().length < 20) errors.markdown = '内容太短，不像一部法规';
  else if (preview && preview.problems.length > 0) {
    errors.markdown = `文件有 ${preview.problems.length} 处需要修改，见下方`;
  }
  return errors;
}

export const toBody = (draft: ImportDraft, markdown: string): LawImportBody => ({
  key: draft.key,
  kind: draft.kind,
  shortTitle: draft.shortTitle.trim(),
  versionDate: draft.versionDate,
  complete: draft.complete,
  source: { name: draft.sourceName.trim(), url: draft.sourceUrl.trim() },
  fullTextUrl: draft.fullTextUrl.trim(),
  markdown,
});

/** The server's paths (source.url, /body/key) by form field. */
export function importFieldOf(path: string): ImportField | undefined {
  const parts = path
    .replace(/^[./]*(body)?[./]*/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);
  if (parts[0] === 'source') return parts[1] === 'url' ? 'sourceUrl' : 'sourceName';
  const known: ImportField[] = [
    'key',
    'kind',
    'shortTitle',
    'versionDate',
    'complete',
    'fullTextUrl',
    'markdown',
  ];
  return known.find((field) => field === parts[0]);
}

/** The line a server message names (第 12 行 / line 12), to show that line of the file. */
export function lineOf(message: string): number | undefined {
  const found = /第\s*(\d+)\s*行|line\s*(\d+)/i.exec(message);
  return found ? Number(found[1] ?? found[2]) : undefined;
}
