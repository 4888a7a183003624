import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { LawSummary } from '@api/law';
import { useDraft } from '@/hooks/use-draft';
import { useTextFilePicker } from '@/hooks/use-text-file-picker';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { lawImportApi } from '../../import-api';
import { previewLaw } from '../../import-preview';
import {
  EMPTY_IMPORT,
  importFieldOf,
  lineOf,
  suggestedShortTitle,
  toBody,
  validateImport,
  type ImportDraft,
  type ImportErrors,
} from './import-rules';

/** The server's refusal of the file, with the line it names and what that line says. */
export interface FileRefusal {
  message: string;
  line?: number;
  text?: string;
}

/**
 * 导入地方性法规: the fields (kept on the phone), the text from a file (weapp: a chat file; H5: a
 * file input) or pasted, a preview with the line of every problem, then the import.
 */
export function useLawImport() {
  const draft = useDraft<ImportDraft>('law-import', EMPTY_IMPORT);
  const value = draft.value;
  const [markdown, setMarkdown] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [server, setServer] = useState<ImportErrors>({});
  const [refusal, setRefusal] = useState<FileRefusal>();
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);
  const [imported, setImported] = useState<LawSummary>();

  const preview = useMemo(() => (markdown.trim() ? previewLaw(markdown) : undefined), [markdown]);
  const rules = validateImport(value, markdown, preview, dayjs().format('YYYY-MM-DD'));
  const errors: ImportErrors = { ...server };
  for (const [field, message] of Object.entries(rules) as [keyof ImportErrors, string][]) {
    if ((submitted || touched[field]) && !errors[field]) errors[field] = message;
  }

  const change = (patch: Partial<ImportDraft>) => {
    draft.update(patch);
    const keys = Object.keys(patch);
    setTouched((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const key of keys) delete rest[key as keyof ImportErrors];
      return rest;
    });
  };

  const accept = (text: string, name?: string) => {
    setMarkdown(text);
    setFileName(name);
    setRefusal(undefined);
    setImported(undefined);
    setServer(({ markdown: _dropped, ...rest }) => rest);
    setTouched((current) => ({ ...current, markdown: true }));
    const title = text.trim() ? previewLaw(text).title : '';
    if (title && !value.shortTitle.trim()) change({ shortTitle: suggestedShortTitle(title) });
  };

  const picker = useTextFilePicker(['md', 'txt'], accept);

  const send = async () => {
    if (sending) return;
    setSubmitted(true);
    setNotice(undefined);
    setRefusal(undefined);
    if (Object.keys(rules).length > 0) {
      void Taro.showToast({ title: '请先修改标红的内容', icon: 'none' });
      return;
    }
    setSending(true);
    try {
      const law = await lawImportApi.create(toBody(value, markdown), draft.idempotencyKey);
      setImported(law);
      draft.clear();
      setMarkdown('');
      setFileName(undefined);
      setSubmitted(false);
      setTouched({});
      void Taro.showToast({ title: '导入成功', icon: 'success' });
    } catch (caught) {
      const byField = serverFieldErrors<string>(caught, importFieldOf) as ImportErrors;
      // A built-in law's key: the problem is the key.
      if (caught instanceof ApiError && caught.code === 'LAW_KEY_TAKEN')
        byField.key = caught.message;
      const fileProblem = byField.markdown;
      delete byField.markdown; // shown with the file, and its line
      setServer(byField);
      const message =
        fileProblem ??
        (caught instanceof ApiError && !caught.fields && !byField.key ? caught.message : undefined);
      const line = message ? lineOf(message) : undefined;
      if (fileProblem || (line !== undefined && message)) {
        const text = line ? markdown.split(/\r?\n/)[line - 1]?.trim() : undefined;
        setRefusal({ message: (fileProblem ?? message)!, line, text });
      } else if (!byField.key) {
        setNotice(
          caught instanceof ApiError && caught.fields
            ? caught.message
            : submitNotice(caught, {
                already: '这部法规可能已经导入，请在法规库中查看。',
                offline: '网络不给力，请稍后再点导入；填写的信息已保存在本机。',
              }).text,
        );
      }
    } finally {
      setSending(false);
    }
  };

  const again = () => setImported(undefined);

  return {
    value,
    errors,
    change,
    markdown,
    fileName,
    paste: (text: string) => accept(text, undefined),
    clearFile: () => accept('', undefined),
    picker,
    preview,
    refusal,
    notice,
    sending,
    send,
    imported,
    again,
  };
}
