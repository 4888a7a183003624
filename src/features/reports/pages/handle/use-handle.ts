import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ReportDecisionBody, StaffReportDetail } from '@api/reports';
import { REPORT_ACTION_LABELS, type ReportAction } from '@/domain/report-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { reportsStaffApi } from '../../staff-api';

/** The server's words: a 400's field problems when it names them (they are the precise ones). */
function failureText(caught: unknown): string {
  if (!(caught instanceof ApiError)) return '操作失败，请稍后再试';
  const fields = Object.values(caught.fields ?? {});
  return fields.length > 0 ? fields.join('；') : caught.message;
}

/** 办理举报: the detail, the open dialog and the steps; each answer replaces the detail. */
export function useHandle(id: string) {
  const remote = useRemote(() => reportsStaffApi.get(id));
  // The detail a step answered with, until the next load.
  const [answered, setAnswered] = useState<StaffReportDetail>();
  useEffect(() => setAnswered(undefined), [remote.data]);
  const [dialog, setDialog] = useState<ReportAction>();
  const [failure, setFailure] = useState<string>();

  const open = (action: ReportAction | undefined) => {
    setFailure(undefined);
    setDialog(action);
  };

  /** Sends a step; a failure is shown in the dialog and rethrown (the dialog stays open). */
  const decide = async (body: ReportDecisionBody) => {
    setFailure(undefined);
    try {
      setAnswered(await reportsStaffApi.decide(id, body));
      setDialog(undefined);
      void Taro.showToast({ title: `已${REPORT_ACTION_LABELS[body.action]}`, icon: 'success' });
    } catch (caught) {
      const message = failureText(caught);
      setFailure(message);
      // Someone else moved the report on: show it as it is now (the dialog stays with the message).
      if (caught instanceof ApiError && caught.status === 409) void remote.reload();
      throw caught;
    }
  };

  return {
    report: answered ?? remote.data,
    remote,
    dialog,
    open,
    failure,
    decide,
  };
}
