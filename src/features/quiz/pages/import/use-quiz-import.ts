import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ImportResult } from '@api/quiz';
import { useTextFilePicker } from '@/hooks/use-text-file-picker';
import type { BadRow } from '@/components/import-parts';
import { ApiError } from '@/services/request';
import { quizStaffApi } from '../../staff-api';
import { LIMITS } from '../../staff-vocabulary';
import { badRows, checkText, detectFormat, stripBom, type ImportFormat } from './import-text';

export interface Rejection {
  message: string;
  rows: BadRow[];
}

/**
 * 导入题目: text from a file (weapp: a chat file; H5: a file input) or pasted, its format,
 * a 预检 (dry run) and then the import. All or nothing: bad rows come back and nothing is written.
 */
export function useQuizImport() {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [busy, setBusy] = useState<'dry' | 'real'>();
  const [preview, setPreview] = useState<ImportResult>();
  const [result, setResult] = useState<ImportResult>();
  const [rejection, setRejection] = useState<Rejection>();
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const content = stripBom(text).trim();
  const check = checkText(text, format);
  const tooLong = content.length > LIMITS.importChars;
  const problem = tooLong ? '内容太长（最多100万字符），请分成几个文件导入' : check.problem;

  const accept = (next: string, name?: string) => {
    setText(next);
    setFileName(name);
    setFormat(detectFormat(next, name));
    setPreview(undefined);
    setResult(undefined);
    setRejection(undefined);
  };

  /** Pasted or edited text: the format follows the content unless a file named it. */
  const paste = (next: string) => accept(next, undefined);

  /** A CSV or JSON file: weapp from a WeChat chat, H5 from the hidden file input. */
  const picker = useTextFilePicker(['csv', 'json', 'txt'], accept);

  const chooseFormat = (next: ImportFormat) => {
    setFormat(next);
    setPreview(undefined);
    setRejection(undefined);
  };

  const send = async (dryRun: boolean) => {
    if (busy || problem) return;
    setBusy(dryRun ? 'dry' : 'real');
    setRejection(undefined);
    try {
      const answer = await quizStaffApi.importQuestions({ format, content, dryRun });
      if (!alive.current) return;
      if (dryRun) setPreview(answer);
      else {
        setResult(answer);
        void Taro.showToast({ title: '导入完成', icon: 'success' });
      }
    } catch (caught) {
      if (!alive.current) return;
      if (!dryRun) setPreview(undefined);
      const error = caught instanceof ApiError ? caught : undefined;
      setRejection({
        message:
          error?.status === 0
            ? '网络不给力，没有导入任何题目，请稍后重试'
            : (error?.message ?? '导入失败，请稍后再试'),
        rows: error?.fields ? badRows(error.fields) : [],
      });
    } finally {
      if (alive.current) setBusy(undefined);
    }
  };

  const reset = () => accept('', undefined);

  return {
    text,
    fileName,
    format,
    count: check.count,
    problem: text ? problem : undefined,
    ready: Boolean(text) && !problem,
    reading: picker.reading,
    /** Choosing and reading the file (FilePickerButton). */
    picker,
    busy,
    preview,
    result,
    rejection,
    paste,
    chooseFormat,
    dryRun: () => send(true),
    commit: () => send(false),
    reset,
  };
}
