import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { Region } from '@api/region';
import { applyBlock, applyBlockMessage, modelUnitYear } from '@/domain/model-unit-year';
import { useDraft } from '@/hooks/use-draft';
import { useRemote } from '@/hooks/use-remote';
import { cachedRegion, fetchRegion } from '@/services/region';
import { merchantsApi } from '@/features/merchants';
import { readyToSend } from '@/services/ready-to-send';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';
import { modelUnitsApi } from '../../api';
import {
  EMPTY_APPLY_DRAFT,
  toApplyBody,
  uncheckedItems,
  validateApply,
  type ApplyDraft,
  type ApplyErrors,
} from '../../apply-rules';
import { modelUnitRoutes } from '../../routes';

interface ApplyContext {
  region: Region;
  /** The caller's active membership of this merchant; undefined when there is none. */
  membership: Membership | undefined;
  /** The 年度 applied for (the county's campaign year, as the title will carry). */
  year: number;
  /** Why this merchant cannot apply now (already awarded this year, waiting, revoked). */
  blocked: string | undefined;
}

/** 申请示范单位: who applies, the county's categories and checklist, the draft and the submission. */
export function useApply(merchantId: string) {
  const context = useRemote<ApplyContext>(async () => {
    const [region, memberships, applications] = await Promise.all([
      fetchRegion().catch((error: unknown) => cachedRegion() ?? Promise.reject(error)),
      merchantsApi.myMemberships().then((list) => list.items),
      // Only to say early what the server would refuse; the form works without it.
      modelUnitsApi
        .mine()
        .then((page) => page.items.filter((item) => item.merchantId === merchantId))
        .catch(() => []),
    ]);
    const membership = memberships.find(
      (item) => item.merchantId === merchantId && item.status === 'active',
    );
    const year = modelUnitYear(region);
    const block = applyBlock(
      year,
      applications.some((item) => item.status === 'submitted'),
      applications.flatMap((item) => item.badge ?? []),
    );
    return { region, membership, year, blocked: block && applyBlockMessage(block) };
  });
  const draft = useDraft<ApplyDraft>(`model-unit-apply.${merchantId}`, EMPTY_APPLY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<ApplyErrors>({});
  const [notice, setNotice] = useState<SubmitNotice>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const value = draft.value;
  const profile = context.data?.region.modelUnit;

  const rules = profile ? validateApply(value, profile) : {};
  const errors: ApplyErrors = {
    category: server.category ?? (submitted ? rules.category : undefined),
    checklist: server.checklist,
    note: server.note ?? rules.note,
    photos: server.photos ?? rules.photos,
  };

  const change = (patch: Partial<ApplyDraft>) => {
    draft.update(patch);
    setServer((current) => {
      const rest = { ...current };
      if ('category' in patch) delete rest.category;
      if ('checked' in patch) delete rest.checklist;
      if ('note' in patch) delete rest.note;
      if ('photos' in patch) delete rest.photos;
      return rest;
    });
  };

  const submit = async () => {
    if (!profile) return;
    setSubmitted(true);
    setNotice(undefined);
    if (!readyToSend(validateApply(value, profile), uploading)) return;
    setSending(true);
    try {
      await modelUnitsApi.apply(toApplyBody(merchantId, value, profile), draft.idempotencyKey);
      draft.clear();
      void Taro.showToast({ title: '申请已提交', icon: 'success' });
      void Taro.redirectTo({ url: modelUnitRoutes.applications });
    } catch (caught) {
      const fields = serverFieldErrors(caught) as ApplyErrors;
      setServer(fields);
      if (Object.keys(fields).length > 0) return;
      setNotice(
        submitNotice(caught, {
          already: '这份申请可能已经提交成功，请到「我的申请」查看进度。',
        }),
      );
    } finally {
      setSending(false);
    }
  };

  return {
    context,
    value,
    errors,
    /** Fewer than all items ticked: allowed, but said plainly once the list was touched. */
    checklistWarning: (() => {
      const unchecked = profile ? uncheckedItems(value, profile).length : 0;
      if (unchecked === 0 || (value.checked.length === 0 && !submitted)) return undefined;
      return `还有 ${unchecked} 项未勾选。未勾选的项目视为尚未做到，可能影响审核结果；如实填写即可提交。`;
    })(),
    change,
    setUploading,
    submit,
    sending,
    uploading,
    notice,
  };
}
