import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ImportResult } from '@api/quiz';
import { ApiError } from '@/services/request';
import { quizStaffApi } from '../../staff-api';
import { LIMITS } from '../../staff-vocabulary';
import { badRows, checkText, detectFormat, stripBom, type ImportFormat } from './import-text';

function readWeappFile(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'utf8',
      success: (result) => resolve(String(result.data)),
      fail: reject,
    });
  });
}

function readBrowserFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

export interface Rejection {
  message: string;
  rows: { row: string; reason: string }[];
}

/**
 * 导入题目: text from a file (weapp: a chat file; H5: a file input) or pasted, its format,
 * a 预检 (dry run) and then the import. All or nothing: bad rows come back and nothing is written.
 */
export function useQuizImport() {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [reading, setReading] = useState(false);
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

  const read = async (name: string, load: () => Promise<string>) => {
    setReading(true);
    try {
      accept(await load(), name);
    } catch {
      void Taro.showToast({ title: '文件读取失败，请重新选择', icon: 'none' });
    } finally {
      setReading(false);
    }
  };

  /** weapp: a CSV or JSON file sent to the phone in a WeChat chat. */
  const chooseFromChat = async () => {
    let picked: { name: string; path: string } | undefined;
    try {
      picked = (
        await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'json', 'txt'] })
      ).tempFiles[0];
    } catch {
      return; // cancelled
    }
    if (picked) await read(picked.name, () => readWeappFile(picked.path));
  };

  /** H5: the file chosen in the hidden file input. */
  const acceptBrowserFile = (file: File) => read(file.name, () => readBrowserFile(file));

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
    reading,
    busy,
    preview,
    result,
    rejection,
    paste,
    chooseFromChat,
    acceptBrowserFile,
    chooseFormat,
    dryRun: () => send(true),
    commit: () => send(false),
    reset,
  };
}
