import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { CalendarImportResult, CalendarYearList } from '@api/calendar';
import { checkYear, noticeYear, parseDateList, parseNoticeText } from '@/domain/calendar-import';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/services/request';
import { calendarApi } from '../../api';

export type Format = 'notice' | 'list';
export type ImportDraft = { year: string; format: Format; text: string; source: string };

const EMPTY: ImportDraft = { year: '', format: 'notice', text: '', source: '' };

/** The form's checks as staff type (the server repeats them all before storing). */
export function liveCheck(d: ImportDraft) {
  const fields: Partial<Record<keyof ImportDraft, string>> = {};
  const year = Number(d.year);
  if (!/^\d{4}$/.test(d.year) || year < 2000 || year > 2100)
    fields.year = '请填写四位年份，如 2027';
  if (d.source.trim().length < 4) fields.source = '请填写来源：通知标题、文号或发布日期';
  if (!d.text.trim()) fields.text = '请粘贴通知全文或日期列表';
  if (fields.year || fields.text) return { fields, errors: [] as string[], days: 0 };
  const parsed = d.format === 'notice' ? parseNoticeText(d.text, year) : parseDateList(d.text);
  const check = checkYear(year, parsed.entries);
  return { fields, errors: [...parsed.errors, ...check.errors], days: parsed.entries.length };
}

/** 节假日日历: the loaded years, and importing one year with a preview first. */
export function useCalendar() {
  const [list, setList] = useState<CalendarYearList>();
  const [loadError, setLoadError] = useState<string>();
  const draft = useDraft<ImportDraft>('calendar-import', EMPTY);
  const [preview, setPreview] = useState<CalendarImportResult & { of: string }>();
  const [saved, setSaved] = useState<CalendarImportResult>();
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setList(await calendarApi.years());
    } catch (err) {
      setLoadError(err instanceof ApiError ? err.message : '加载失败，请重试');
    }
  }, []);
  useEffect(() => void load(), [load]);
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  const form = draft.value;
  const live = useMemo(() => liveCheck(form), [form]);
  const key = JSON.stringify(form);

  const update = (patch: Partial<ImportDraft>) => {
    const next = { ...form, ...patch };
    // A pasted notice names its year: fill it in when the field is still empty.
    if (patch.text && !next.year && next.format === 'notice') {
      const y = noticeYear(patch.text);
      if (y) next.year = String(y);
    }
    setServerError(undefined);
    setSaved(undefined);
    draft.update(next);
  };

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setServerError(undefined);
    try {
      const body = { format: form.format, text: form.text, source: form.source.trim(), dryRun };
      const result = await calendarApi.importYear(Number(form.year), body);
      if (dryRun) {
        setPreview({ ...result, of: key });
      } else {
        setSaved(result);
        setPreview(undefined);
        draft.clear();
        await load();
      }
    } catch (err) {
      setServerError(err instanceof ApiError ? err.message : '网络不好，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  const current = preview && preview.of === key ? preview : undefined;
  return {
    list,
    loadError,
    reload: load,
    form,
    update,
    live,
    preview: current,
    canImport: !!current && current.errors.length === 0 && !live.fields.source && !busy,
    canPreview: !live.fields.year && !live.fields.text && !live.fields.source && !busy,
    previewNow: () => send(true),
    importNow: () => send(false),
    saved,
    serverError,
    busy,
  };
}
