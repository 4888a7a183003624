import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { useDraft } from '@/hooks/use-draft';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { ApiError } from '@/services/request';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';
import { tipsApi } from '../../api';
import { tipRoutes } from '../../routes';
import {
  EMPTY_TIP_DRAFT,
  fieldOfServerPath,
  toTipBody,
  validateTip,
  type TipDraft,
  type TipErrors,
  type TipField,
} from '../../tip-rules';

export const SUBMITTED = '已提交，审核通过后公开';
const CONTENT_REFUSED = '未通过内容安全检测，请修改标题或正文';

/** Refusals that belong to no single field, in words the author can act on. */
function refusalNotice(caught: unknown): SubmitNotice {
  if (caught instanceof ApiError && caught.code === 'TIP_DUPLICATE') {
    return { text: caught.message, showMine: true };
  }
  if (caught instanceof ApiError && caught.code === 'TIP_DAILY_LIMIT') {
    return { text: `${caught.message}。内容已保存在本机。`, showMine: true };
  }
  return submitNotice(caught, {
    already: '这条小贴士可能已经提交成功，请先到「我的投稿」查看，避免重复投稿。',
    offline: '网络不给力，内容已保存在本机，网络恢复后再点提交即可。',
  });
}

/** Problems the server names per field; a text the content check refused marks both texts. */
function serverErrors(caught: unknown): TipErrors {
  if (caught instanceof ApiError && caught.code === 'TIP_CONTENT_REFUSED') {
    return { title: CONTENT_REFUSED, body: CONTENT_REFUSED };
  }
  // "第2张图片未通过…": the whole sentence says which photo to change.
  if (caught instanceof ApiError && caught.code === 'TIP_PHOTO_REFUSED') {
    return { photos: caught.message };
  }
  return serverFieldErrors(caught, fieldOfServerPath);
}

/** 写小贴士: the draft kept on the phone, the rules, and the idempotent submission. */
export function useWriteTip() {
  const draft = useDraft<TipDraft>('tip', EMPTY_TIP_DRAFT);
  const value = draft.value;
  const [notice, setNotice] = useState<SubmitNotice>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);

  const rules = useMemo(() => validateTip(value), [value]);
  const shown = useFieldErrors<TipField>(rules);
  const errors: TipErrors = shown.errors;

  const change = (patch: Partial<TipDraft>) => {
    draft.update(patch);
    const fields = Object.keys(patch) as TipField[];
    // The content check judged title and body together: a change to either clears both.
    const bothTexts =
      shown.server.title === CONTENT_REFUSED &&
      (fields.includes('title') || fields.includes('body'));
    shown.touch(fields, bothTexts ? [...fields, 'title', 'body'] : fields);
  };

  const submit = async () => {
    setNotice(undefined);
    if (!shown.attempt()) return;
    if (uploading) {
      void Taro.showToast({ title: '图片还没有上传完成，请稍候或删除失败的图片', icon: 'none' });
      return;
    }
    setSending(true);
    try {
      await tipsApi.create(toTipBody(value), draft.idempotencyKey);
      draft.clear();
      shown.reset();
      void Taro.showToast({ title: SUBMITTED, icon: 'none', duration: 2500 });
      void Taro.redirectTo({ url: tipRoutes.mine });
    } catch (caught) {
      const fields = serverErrors(caught);
      shown.setServer(fields);
      const refusedText = caught instanceof ApiError && caught.code === 'TIP_CONTENT_REFUSED';
      if (Object.keys(fields).length === 0 || refusedText) setNotice(refusalNotice(caught));
      else void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
    } finally {
      setSending(false);
    }
  };

  return { value, errors, change, submit, sending, notice, uploading, setUploading };
}

export type WriteTipForm = ReturnType<typeof useWriteTip>;
