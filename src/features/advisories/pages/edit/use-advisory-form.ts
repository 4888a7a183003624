import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { StaffAdvisory } from '@api/advisories';
import type { Region } from '@api/region';
import { DEFAULT_ADVISORY_CATEGORIES } from '@/domain/advisory-vocabulary';
import { merchantsApi } from '@/features/merchants';
import { useDraft } from '@/hooks/use-draft';
import { useRegion } from '@/hooks/use-region';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { storage } from '@/services/storage';
import { advisoryRoutes } from '../../routes';
import { advisoriesStaffApi } from '../../staff-api';
import {
  draftOf,
  EMPTY_ADVISORY,
  formFieldOf,
  toContent,
  validateAdvisory,
  type AdvisoryDraft,
  type AdvisoryErrors,
} from './advisory-form-rules';

export const advisoryDraftName = (id?: string) => (id ? `advisory-${id}` : 'advisory-new');

/** The profile's categories and issuing bodies (the bureau, the council, member units). */
export function advisoryChoices(region: Region | undefined) {
  return {
    categories: region?.advisories?.categories ?? DEFAULT_ADVISORY_CATEGORIES,
    issuers: region
      ? [region.bureau, region.council, ...(region.advisories?.memberUnits ?? [])]
      : [],
  };
}

/** Draft fields and the form fields whose problems a change of them clears. */
const FIELDS_OF: Partial<Record<keyof AdvisoryDraft, string[]>> = {
  kind: ['kind', 'merchant', 'penaltyNo', 'penaltyDate'],
  merchantId: ['merchant', 'penaltyNo', 'penaltyDate'],
  validFrom: ['validFrom', 'validUntil'],
  quizTopic: ['action'],
  tool: ['action'],
};

const fieldsOf = (key: keyof AdvisoryDraft) =>
  key === 'legalBasis' ? [] : (FIELDS_OF[key] ?? [key]);

export type SaveMode = 'draft' | 'submit';

/**
 * 写提示/编辑: the typed advisory kept as a draft on the phone (per advisory) across failed
 * requests and restarts, the client rules, the server's problems by field, 保存草稿 and 提交审核.
 */
export function useAdvisoryForm(advisory?: StaffAdvisory) {
  const region = useRegion();
  const choices = advisoryChoices(region);
  const name = advisoryDraftName(advisory?.id);
  const [restored, setRestored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const initial = useMemo(
    () =>
      advisory
        ? draftOf(advisory.id, advisory.revision?.content ?? advisory.content)
        : EMPTY_ADVISORY,
    [advisory],
  );
  const draft = useDraft<AdvisoryDraft>(name, initial);
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [server, setServer] = useState<AdvisoryErrors>({});
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState<SaveMode>();
  const [uploading, setUploading] = useState(false);
  const today = dayjs().format('YYYY-MM-DD');

  // The stored content names a merchant by id only: look its name up once.
  const { merchantId, merchantName } = value;
  const { update } = draft;
  useEffect(() => {
    if (!merchantId || merchantName) return;
    merchantsApi
      .get(merchantId)
      .then((merchant) => update({ merchantName: merchant.name }))
      .catch(() => undefined);
  }, [merchantId, merchantName, update]);

  const rules = validateAdvisory(value, choices, today);
  const errors: AdvisoryErrors = { ...server };
  for (const [field, message] of Object.entries(rules)) {
    const shown = submitted || touched[field] || touched[field.split('.')[0]];
    if (shown && !(field in errors)) errors[field] = message;
  }

  const change = (patch: Partial<AdvisoryDraft>) => {
    draft.update(patch);
    const keys = Object.keys(patch) as (keyof AdvisoryDraft)[];
    const fields = keys.flatMap(fieldsOf);
    setTouched((current) => ({
      ...current,
      ...Object.fromEntries(keys.map((key) => [key, true])),
    }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of fields) delete rest[field];
      if (keys.includes('legalBasis')) {
        for (const field of Object.keys(rest))
          if (field.startsWith('legalBasis')) delete rest[field];
      }
      return rest;
    });
  };

  const save = async (mode: SaveMode) => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (uploading) {
      void Taro.showToast({ title: '图片还在上传，请稍候', icon: 'none' });
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
        await advisoriesStaffApi.update(id, content);
      } else {
        id = (await advisoriesStaffApi.create(content, draft.idempotencyKey)).id;
        // Kept with the draft: if submitting fails now, the next try updates this one.
        draft.update({ id });
      }
      if (mode === 'submit') await advisoriesStaffApi.transition(id, { action: 'submit' });
      draft.clear();
      setRestored(false);
      void Taro.showToast({
        title: mode === 'submit' ? '已提交审核' : '草稿已保存',
        icon: 'success',
      });
      void Taro.redirectTo({ url: advisoryRoutes.review(id) });
    } catch (caught) {
      const byField = serverFieldErrors(caught, formFieldOf);
      setServer(byField as AdvisoryErrors);
      const general =
        caught instanceof ApiError && caught.fields
          ? caught.message
          : submitNotice(caught, {
              already: '这条提示可能已经保存，请回到管理列表查看，避免重复。',
              offline: '网络不给力，填写的内容已保存在本机，网络恢复后再试即可。',
            }).text;
      setNotice(general);
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
    choices,
    change,
    save,
    discard,
    setUploading,
  };
}

export type AdvisoryForm = ReturnType<typeof useAdvisoryForm>;
