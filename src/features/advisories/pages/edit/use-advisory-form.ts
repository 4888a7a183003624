import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { StaffAdvisory } from '@api/advisories';
import type { Region } from '@api/region';
import { DEFAULT_ADVISORY_CATEGORIES } from '@/domain/advisory-vocabulary';
import { merchantsApi } from '@/features/merchants';
import { useDraft } from '@/hooks/use-draft';
import { useRegion } from '@/hooks/use-region';
import { useStaffForm } from '@/hooks/use-staff-form';
import { advisoryRoutes } from '../../routes';
import { advisoriesStaffApi } from '../../staff-api';
import {
  draftOf,
  EMPTY_ADVISORY,
  formFieldOf,
  toContent,
  validateAdvisory,
  type AdvisoryDraft,
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
  const initial = useMemo(
    () =>
      advisory
        ? draftOf(advisory.id, advisory.revision?.content ?? advisory.content)
        : EMPTY_ADVISORY,
    [advisory],
  );
  const draft = useDraft<AdvisoryDraft>(name, initial);
  const value = draft.value;
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

  const { errors, notice, saving, restored, change, save, discard } = useStaffForm({
    name,
    draft,
    rules: validateAdvisory(value, choices, today),
    // A change clears the server's problems of the fields it affects; any legal basis edit
    // clears those of every basis row.
    forgets: (keys, field) =>
      keys.flatMap(fieldsOf).includes(field) ||
      (keys.includes('legalBasis') && field.startsWith('legalBasis')),
    toContent,
    api: advisoriesStaffApi,
    transitions: { submit: { action: 'submit' } },
    fieldOf: formFieldOf,
    messages: {
      already: '这条提示可能已经保存，请回到管理列表查看，避免重复。',
      saved: (mode: SaveMode) => (mode === 'submit' ? '已提交审核' : '草稿已保存'),
      wait: uploading ? '图片还在上传，请稍候' : undefined,
    },
    after: (id) => void Taro.redirectTo({ url: advisoryRoutes.review(id) }),
  });

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
