import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MerchantImport } from '@api/merchants';
import { useRegion } from '@/hooks/use-region';
import { useTextFilePicker } from '@/hooks/use-text-file-picker';
import { merchantsApi } from '../../api';
import { checkCsv, type CsvCheck } from '../../import-csv';

export const POLL_MS = 1000;
/** Consecutive failed progress checks before polling waits for the user. */
const MAX_POLL_FAILURES = 10;

export interface PickedFile {
  name: string;
  check: CsvCheck;
}

/**
 * 导入商家名录: read a CSV (weapp: a file from a chat; H5: a file input), check its header and
 * every row (行业/镇街 against the county's lists once loaded), send it, then follow the import
 * every second until it is no longer running. The server checks again and decides.
 */
export function useImport() {
  const region = useRegion();
  const [picked, setPicked] = useState<{ name: string; text: string }>();
  const file = useMemo<PickedFile | undefined>(
    () => picked && { name: picked.name, check: checkCsv(picked.text, region) },
    [picked, region],
  );
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

  const accept = (text: string, name: string) => {
    setPicked({ name, text });
    setJob(undefined);
  };

  /** A CSV: weapp from a WeChat chat, H5 from the hidden file input. */
  const picker = useTextFilePicker(['csv'], accept);

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
    setPicked(undefined);
    setJob(undefined);
    setStalled(false);
  };

  return {
    file,
    reading: picker.reading,
    /** Choosing and reading the file (FilePickerButton). */
    picker,
    starting,
    job,
    running: job?.status === 'running',
    /** Progress checks are failing (the import itself may still be running). */
    shaky: pollFailures > 0 && !stalled,
    stalled,
    start,
    resume,
    reset,
  };
}
