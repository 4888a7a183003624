import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import type { ReportProgress } from '@api/reports';
import { useFieldErrors } from '@/hooks/use-field-errors';
import {
  formatProgressCode,
  normalizeProgressCode,
  PROGRESS_CODE_PATTERN,
  REPORT_NO_PATTERN,
} from '@/domain/report-vocabulary';
import { ApiError } from '@/services/request';
import { reportsApi } from '../../api';

type Field = 'reportNo' | 'code';
const NUMBER = new RegExp(REPORT_NO_PATTERN);
const CODE = new RegExp(PROGRESS_CODE_PATTERN);

const cleanNumber = (text: string) => text.trim().toUpperCase();
/** Any case, with or without the dash, spaces dropped. */
const cleanCode = (text: string) => normalizeProgressCode(text.replace(/\s+/g, ''));

function rulesOf(reportNo: string, code: string) {
  const errors: Partial<Record<Field, string>> = {};
  if (!cleanNumber(reportNo)) errors.reportNo = '请输入举报编号';
  else if (!NUMBER.test(cleanNumber(reportNo))) errors.reportNo = '举报编号形如 JB20270315-0012';
  if (!cleanCode(code)) errors.code = '请输入查询码';
  else if (!CODE.test(cleanCode(code))) errors.code = '查询码是8位字母和数字，形如 ABCD-EFGH';
  return errors;
}

/** 举报进度查询: number (prefilled from the result page) and code → the progress. */
export function useProgressQuery() {
  const { params } = useRouter();
  const [reportNo, setReportNo] = useState(() => params.reportNo ?? '');
  const [code, setCode] = useState('');
  const fields = useFieldErrors<Field>(rulesOf(reportNo, code));
  const [progress, setProgress] = useState<ReportProgress>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const query = async () => {
    setFailure(undefined);
    if (!fields.attempt()) return;
    setBusy(true);
    try {
      setProgress(
        await reportsApi.progress({
          reportNo: cleanNumber(reportNo),
          code: formatProgressCode(cleanCode(code)),
        }),
      );
    } catch (caught) {
      setProgress(undefined);
      // 404 (wrong number or code, the same words either way) and 429 say it themselves.
      setFailure(caught instanceof ApiError ? caught.message : '查询失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  return {
    reportNo,
    code,
    errors: fields.errors,
    setReportNo: (text: string) => {
      setReportNo(text);
      fields.touch(['reportNo']);
    },
    setCode: (text: string) => {
      setCode(text);
      fields.touch(['code']);
    },
    query,
    busy,
    failure,
    progress,
  };
}
