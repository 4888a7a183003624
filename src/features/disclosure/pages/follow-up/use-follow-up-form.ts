import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { FollowUp, FollowUpTarget } from '@api/disclosure';
import { useDraft } from '@/hooks/use-draft';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { storage } from '@/services/storage';
import { followUpApi } from '../../follow-up-api';
import { disclosureRoutes } from '../../routes';
import {
  draftOfFollowUp,
  emptyFollowUp,
  toFollowUpBody,
  validateFollowUp,
  type FollowUpDraft,
  type FollowUpErrors,
  type FollowUpField,
} from './follow-up-rules';

export interface FollowUpSubject {
  target: FollowUpTarget;
  batchId?: string;
  /** The stored follow-up being edited. */
  existing?: FollowUp;
}

/** One draft per follow-up, or per target for a new one. */
export function followUpDraftName({ target, existing }: FollowUpSubject) {
  if (existing) return `follow-up-${existing.id}`;
  const key = target.kind === 'business' ? target.merchantId : target.industry;
  return `follow-up-new-${target.kind}-${key}`;
}

/** 记录跟进 / 编辑: the draft kept on the phone, the rules, and the save (create or update). */
export function useFollowUpForm(subject: FollowUpSubject) {
  const name = followUpDraftName(subject);
  const { existing } = subject;
  const initial = useMemo(
    () => (existing ? draftOfFollowUp(existing) : emptyFollowUp(dayjs().format('YYYY-MM-DD'))),
    [existing],
  );
  const [restored, setRestored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const draft = useDraft<FollowUpDraft>(name, initial);
  const value = draft.value;
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);

  const rules = useMemo(() => validateFollowUp(value), [value]);
  const shown = useFieldErrors<FollowUpField>(rules);
  const errors: FollowUpErrors = shown.errors;

  const change = (patch: Partial<FollowUpDraft>) => {
    draft.update(patch);
    const fields = Object.keys(patch) as FollowUpField[];
    // 已完成 asks for the outcome: say so at once.
    if (patch.status) fields.push('outcome');
    shown.touch(fields);
  };

  const submit = async () => {
    if (sending) return;
    setNotice(undefined);
    if (!shown.attempt()) return;
    if (uploading) {
      void Taro.showToast({ title: '附件还没有上传完成，请稍候', icon: 'none' });
      return;
    }
    setSending(true);
    try {
      const body = toFollowUpBody(value, subject.target, subject.batchId ?? existing?.batchId);
      if (existing) await followUpApi.update(existing.id, body);
      else await followUpApi.create(body, draft.idempotencyKey);
      draft.clear();
      setRestored(false);
      void Taro.showToast({ title: '跟进记录已保存', icon: 'success' });
      await Taro.navigateBack().catch(() =>
        Taro.redirectTo({ url: `${disclosureRoutes.followUps}?tab=records` }),
      );
    } catch (caught) {
      const fields = serverFieldErrors<FollowUpField>(caught);
      shown.setServer(fields);
      if (Object.keys(fields).length === 0) {
        setNotice(
          submitNotice(caught, {
            already: '这条跟进可能已经保存，请到“跟进记录”查看，避免重复。',
            offline: '网络不给力，填写的内容已保存在本机，网络恢复后再点保存即可。',
          }).text,
        );
      }
    } finally {
      setSending(false);
    }
  };

  const discard = () => {
    draft.clear();
    setRestored(false);
    shown.reset();
    setNotice(undefined);
  };

  return {
    value,
    errors,
    /** A failed save's problem that belongs to no single field. */
    problem: notice,
    sending,
    restored,
    change,
    submit,
    discard,
    setUploading,
  };
}

export type FollowUpForm = ReturnType<typeof useFollowUpForm>;
