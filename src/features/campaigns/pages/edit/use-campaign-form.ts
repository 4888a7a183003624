import { useEffect, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffCampaign } from '@api/campaigns';
import { advisoriesApi } from '@/features/advisories';
import { useDraft } from '@/hooks/use-draft';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { storage } from '@/services/storage';
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
  const [restored, setRestored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const initial = useMemo(() => (campaign ? draftOf(campaign) : EMPTY_CAMPAIGN), [campaign]);
  const draft = useDraft<CampaignDraft>(name, initial);
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [server, setServer] = useState<CampaignErrors>({});
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState<SaveMode | 'withdraw'>();
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

  const rules = validateCampaign(value);
  const errors: CampaignErrors = { ...server };
  for (const [field, message] of Object.entries(rules)) {
    const shown = submitted || touched[field] || touched[field.split('.')[0]];
    if (shown && !(field in errors)) errors[field] = message;
  }

  const change = (patch: Partial<CampaignDraft>) => {
    draft.update(patch);
    const keys = Object.keys(patch);
    setTouched((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of Object.keys(rest)) {
        if (keys.includes(field.split('.')[0])) delete rest[field];
      }
      // A period's two ends are checked together.
      if (keys.includes('periodFrom')) delete rest.periodTo;
      return rest;
    });
  };

  const failed = (caught: unknown) => {
    setServer(serverFieldErrors(caught, formFieldOf) as CampaignErrors);
    setNotice(
      caught instanceof ApiError && caught.fields
        ? caught.message
        : submitNotice(caught, {
            already: '这项专项整治可能已经保存，请回到管理列表查看，避免重复。',
            offline: '网络不给力，填写的内容已保存在本机，网络恢复后再试即可。',
          }).text,
    );
  };

  const save = async (mode: SaveMode) => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (uploading) {
      void Taro.showToast({ title: '封面还在上传，请稍候', icon: 'none' });
      return;
    }
    if (Object.keys(rules).length > 0) {
      void Taro.showToast({ title: '请先修改标红的内容', icon: 'none' });
      return;
    }
    setSaving(mode);
    let id = value.id;
    try {
      const content = toContent(value);
      if (id) {
        await campaignsStaffApi.update(id, content);
      } else {
        id = (await campaignsStaffApi.create(content, draft.idempotencyKey)).id;
        // Kept with the draft: if publishing fails now, the next try updates this one.
        draft.update({ id });
      }
      if (mode === 'publish') await campaignsStaffApi.transition(id, { action: 'publish' });
      draft.clear();
      setRestored(false);
      void Taro.showToast({ title: mode === 'publish' ? '已发布' : '已保存', icon: 'success' });
      leave();
    } catch (caught) {
      failed(caught);
    } finally {
      setSaving(undefined);
    }
  };

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

  const discard = () => {
    draft.clear();
    setRestored(false);
    setServer({});
    setTouched({});
    setSubmitted(false);
    setNotice(undefined);
  };

  return {
    value,
    errors,
    notice,
    saving,
    restored,
    change,
    save,
    withdraw,
    discard,
    setUploading,
  };
}

export type CampaignForm = ReturnType<typeof useCampaignForm>;
