import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { MerchantImport } from '@api/merchants';
import { merchantsApi } from '../../api';
import { checkCsv, type CsvCheck } from '../../import-csv';

export const POLL_MS = 1000;
/** Consecutive failed progress checks before polling waits for the user. */
const MAX_POLL_FAILURES = 10;

export interface PickedFile {
  name: string;
  check: CsvCheck;
}

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

/**
 * 导入商家名录: read a CSV (weapp: a file from a chat; H5: a file input), check its header,
 * send it, then follow the import every second until it is no longer running.
 */
export function useImport() {
  const [file, setFile] = useState<PickedFile>();
  const [reading, setReading] = useState(false);
  const [starting, setStarting] = useState(false);
  const [job, setJob] = useState<MerchantImport>();
  const [stalled, setStalled] = useState(false);
  const [pollFailures, setPollFailures] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const failures = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback((id: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      try {
        const next = await merchantsApi.importProgress(id);
        if (!alive.current) return;
        failures.current = 0;
        setPollFailures(0);
        setJob(next);
        if (next.status === 'running') poll(id);
      } catch {
        if (!alive.current) return;
        failures.current += 1;
        setPollFailures(failures.current);
        if (failures.current < MAX_POLL_FAILURES) poll(id);
        else setStalled(true);
      }
    }, POLL_MS);
  }, []);

  const accept = (name: string, text: string) => {
    setFile({ name, check: checkCsv(text) });
    setJob(undefined);
  };

  const read = async (name: string, load: () => Promise<string>) => {
    setReading(true);
    try {
      accept(name, await load());
    } catch {
      void Taro.showToast({ title: '文件读取失败，请重新选择', icon: 'none' });
    } finally {
      setReading(false);
    }
  };

  /** weapp: a CSV sent to the phone in a WeChat chat. */
  const chooseFromChat = async () => {
    let picked: { name: string; path: string } | undefined;
    try {
      picked = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] }))
        .tempFiles[0];
    } catch {
      return; // cancelled
    }
    if (picked) await read(picked.name, () => readWeappFile(picked.path));
  };

  /** H5: the file chosen in the hidden file input. */
  const acceptBrowserFile = (chosen: File) => read(chosen.name, () => readBrowserFile(chosen));

  const start = async () => {
    if (!file?.check.ok || starting) return;
    setStarting(true);
    setStalled(false);
    failures.current = 0;
    setPollFailures(0);
    try {
      const started = await merchantsApi.startImport(file.check.text);
      if (!alive.current) return;
      setJob(started);
      if (started.status === 'running') poll(started.id);
    } catch {
      // request() has shown the server's message; the file stays chosen for another try.
    } finally {
      if (alive.current) setStarting(false);
    }
  };

  const resume = () => {
    if (!job) return;
    failures.current = 0;
    setPollFailures(0);
    setStalled(false);
    poll(job.id);
  };

  const reset = () => {
    clearTimeout(timer.current);
    setFile(undefined);
    setJob(undefined);
    setStalled(false);
  };

  return {
    file,
    reading,
    starting,
    job,
    running: job?.status === 'running',
    /** Progress checks are failing (the import itself may still be running). */
    shaky: pollFailures > 0 && !stalled,
    stalled,
    chooseFromChat,
    acceptBrowserFile,
    start,
    resume,
    reset,
  };
}
