import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ResponseKind } from '@api/disclosure';
import { DISCLOSURE_LIMITS } from '@/domain/disclosure-vocabulary';
import { lengthError } from '@/domain/text-length';
import { useDraft } from '@/hooks/use-draft';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { isRemovedOrChanged } from '@/services/stale-answer';
import { disclosureMerchantApi } from '../../merchant-api';

export interface ResponseDraft {
  kind: ResponseKind;
  text: string;
}

const EMPTY: ResponseDraft = { kind: 'objection', text: '' };

/** One draft per row: a business may answer several rows of the same batch. */
export const responseDraftName = (rowId: string) => `disclosure-response-${rowId}`;

export const responseProblem = (text: string) =>
  lengthError(text, DISCLOSURE_LIMITS.response, {
    empty: '请填写异议或说明的内容',
    label: '内容',
  });

/**
 * The objection or statement on one row: kept on the phone until the server has it, checked as
 * it is typed, sent once (one Idempotency-Key per draft).
 */
export function useResponseForm(rowId: string, onSent: () => void) {
  const draft = useDraft<ResponseDraft>(responseDraftName(rowId), EMPTY);
  const { value } = draft;
  const [touched, setTouched] = useState(value.text !== '');
  const [server, setServer] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);

  const problem = responseProblem(value.text);
  const error = server ?? (touched ? problem : undefined);

  const change = (patch: Partial<ResponseDraft>) => {
    draft.update(patch);
    if (patch.text !== undefined) setTouched(true);
    setServer(undefined);
    setNotice(undefined);
  };

  const submit = async () => {
    if (sending) return;
    setTouched(true);
    setNotice(undefined);
    if (problem) return;
    setSending(true);
    try {
      await disclosureMerchantApi.respond(
        rowId,
        { kind: value.kind, text: value.text.trim() },
        draft.idempotencyKey,
      );
      draft.clear();
      setTouched(false);
      void Taro.showToast({ title: '已提交，等待工作人员处理', icon: 'none' });
      onSent();
    } catch (caught) {
      // The period ended or the row left the batch meanwhile: show the batch as it now stands.
      if (isRemovedOrChanged(caught, [409]) && caught.code !== 'IDEMPOTENCY_KEY_REUSED') {
        void Taro.showToast({ title: caught.message, icon: 'none', duration: 2500 });
        onSent();
        return;
      }
      const fields = serverFieldErrors(caught);
      const fieldProblem = fields.text ?? fields.kind;
      if (fieldProblem) setServer(fieldProblem);
      else {
        setNotice(
          submitNotice(caught, {
            already: '这条可能已经提交过，请下拉刷新查看，避免重复提交。',
            offline: '网络不给力，内容已保存在本机，网络恢复后再点提交即可。',
          }).text,
        );
      }
    } finally {
      setSending(false);
    }
  };

  return { value, error, notice, sending, change, submit };
}
