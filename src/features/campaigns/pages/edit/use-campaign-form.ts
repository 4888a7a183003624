import { useEffect, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { CampaignContent, CampaignTransitionBody, StaffCampaign } from '@api/campaigns';
import { advisoriesApi } from '@/features/advisories';
import { useDraft } from '@/hooks/use-draft';
import { useStaffForm } from '@/hooks/use-staff-form';
import { ApiError } from '@/services/request';
import { campaignRoutes } from '../../routes';
import { campaignsStaffApi } from '../../staff-api';
import {
  draftOf,
  EMPTY_CAMPAIGN,
  formFieldOf,
  toContent,
  validateCampaign,
  type CampaignDraft,
  type CampaignErrors,
} from './campaign-form-rules';

export const campaignDraftName = (id?: string) => (id ? `campaign-${id}` : 'campaign-new');

/** 保存 keeps the status; 发布 saves, then publishes (a draft, or a withdrawn one again). */
export type SaveMode = 'save' | 'publish';

/** Back to where staff came from (the list reloads on show), or to the list on a fresh start. */
function leave() {
  if ((Taro.getCurrentPages?.().length ?? 0) > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: campaignRoutes.manage });
}

/**
 * 新建/编辑专项整治: the typed campaign kept on the phone (per campaign) across failed requests
 * and restarts, the client rules, the server's problems by field, 保存, 发布 and 撤下.
 */
export function useCampaignForm(campaign?: StaffCampaign) {
  const name = campaignDraftName(campaign?.id);
  const initial = useMemo(() => (campaign ? draftOf(campaign) : EMPTY_CAMPAIGN), [campaign]);
  const draft = useDraft<CampaignDraft>(name, initial);
  const value = draft.value;
  const [uploading, setUploading] = useState(false);

  // The stored content names its advisories by id only: look their titles up once.
  const { update } = draft;
  const linked = useRef(value.advisories);
  linked.current = value.advisories;
  const untitledKey = value.advisories
    .filter((advisory) => !advisory.title)
    .map((advisory) => advisory.id)
    .join(',');
  useEffect(() => {
    if (!untitledKey) return;
    void Promise.all(
      untitledKey.split(',').map((id) =>
        advisoriesApi
          .get(id)
          .then((advisory) => ({ id, title: advisory.title }))
          .catch(() => ({ id, title: '（已下线的提示）' })),
      ),
    ).then((found) => {
      const titles = new Map(found.map((advisory) => [advisory.id, advisory.title]));
      update({
        advisories: linked.current.map((a) => ({
          ...a,
          title: a.title || (titles.get(a.id) ?? ''),
        })),
      });
    });
  }, [untitledKey, update]);

  // 撤下 shares the busy state, so a save waits for it (and the other way round).
  const { errors, notice, saving, setSaving, restored, change, save, discard } = useStaffForm<
    CampaignDraft,
    SaveMode | 'withdraw',
    CampaignErrors,
    CampaignContent,
    CampaignTransitionBody
  >({
    name,
    draft,
    rules: validateCampaign(value),
    // A period's two ends are checked together.
    forgets: (keys, field) =>
      (keys as string[]).includes(field.split('.')[0]) ||
      (field === 'periodTo' && keys.includes('periodFrom')),
    toContent,
    api: campaignsStaffApi,
    transitions: { publish: { action: 'publish' } },
    fieldOf: formFieldOf,
    messages: {
      already: '这项专项整治可能已经保存，请回到管理列表查看，避免重复。',
      saved: (mode) => (mode === 'publish' ? '已发布' : '已保存'),
      wait: uploading ? '封面还在上传，请稍候' : undefined,
    },
    after: leave,
  });

  /** 撤下 with a reason; rejects (the dialog stays open) when the request fails. */
  const withdraw = async (reason: string) => {
    if (!campaign) return;
    setSaving('withdraw');
    try {
      await campaignsStaffApi.transition(campaign.id, { action: 'withdraw', reason });
      draft.clear();
      void Taro.showToast({ title: '已撤下', icon: 'success' });
      leave();
    } catch (caught) {
      void Taro.showToast({
        title: caught instanceof ApiError ? caught.message : '撤下失败，请稍后再试',
        icon: 'none',
      });
      throw caught;
    } finally {
      setSaving(undefined);
    }
  };

  return {
    value,
    errors,
    notice,
    saving,
    restored,
    change,
    // 'withdraw' is withdraw()'s busy state, not a mode the page saves with.
    save: save as (mode: SaveMode) => Promise<void>,
    withdraw,
    discard,
    setUploading,
  };
}

export type CampaignForm = ReturnType<typeof useCampaignForm>;
