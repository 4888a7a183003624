import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffQa } from '@api/law';
import { useDraft } from '@/hooks/use-draft';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { storage } from '@/services/storage';
import { lawRoutes } from '../../routes';
import { lawQaStaffApi } from '../../staff-qa-api';
import { useArticleChecks } from '../../qa-components/article-check';
import { MISSING } from '../../qa-components/citations-editor';
import {
  articleNumber,
  draftOf,
  EMPTY_QA,
  formFieldOf,
  toContent,
  validateQa,
  type QaDraft,
  type QaErrors,
} from './qa-form-rules';

export const qaDraftName = (id?: string) => (id ? `law-qa-${id}` : 'law-qa-new');

export type SaveMode = 'draft' | 'submit';

/**
 * 新建/编辑问答: the typed card kept on the phone (per card) across failed requests and restarts,
 * the client rules, each citation checked against the library, the server's problems by field,
 * 保存草稿 and 提交审核.
 */
export function useQaForm(qa?: StaffQa) {
  const name = qaDraftName(qa?.id);
  const [restored, setRestored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const initial = useMemo(
    () => (qa ? draftOf(qa.id, qa.revision?.content ?? qa.content) : EMPTY_QA),
    [qa],
  );
  const draft = useDraft<QaDraft>(name, initial);
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [server, setServer] = useState<QaErrors>({});
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState<SaveMode>();
  const check = useArticleChecks(
    value.citations.map((row) => ({ law: row.law, no: articleNumber(row.no) })),
  );

  const rules = validateQa(value);
  value.citations.forEach((row, index) => {
    const key = `citations.${index}`;
    if (!rules[key] && check(row.law, articleNumber(row.no))?.state === 'missing') {
      rules[key] = MISSING;
    }
  });
  const errors: QaErrors = { ...server };
  for (const [field, message] of Object.entries(rules)) {
    const shown = submitted || touched[field] || message === MISSING;
    if (shown && !(field in errors)) errors[field] = message;
  }

  const change = (patch: Partial<QaDraft>) => {
    draft.update(patch);
    const keys = Object.keys(patch);
    setTouched((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of Object.keys(rest)) {
        if (keys.includes(field.split('.')[0])) delete rest[field];
      }
      return rest;
    });
  };

  const save = async (mode: SaveMode) => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (Object.keys(rules).length > 0) {
      void Taro.showToast({ title: '请先修改标红的内容', icon: 'none' });
      return;
    }
    setSaving(mode);
    let id = value.id;
    try {
      const content = toContent(value);
      if (id) {
        await lawQaStaffApi.update(id, content);
      } else {
        id = (await lawQaStaffApi.create(content, draft.idempotencyKey)).id;
        // Kept with the draft: if submitting fails now, the next try updates this one.
        draft.update({ id });
      }
      if (mode === 'submit') await lawQaStaffApi.transition(id, { action: 'submit' });
      draft.clear();
      setRestored(false);
      void Taro.showToast({
        title: mode === 'submit' ? '已提交审核' : '草稿已保存',
        icon: 'success',
      });
      void Taro.redirectTo({ url: lawRoutes.qaReview(id) });
    } catch (caught) {
      setServer(serverFieldErrors(caught, formFieldOf) as QaErrors);
      setNotice(
        caught instanceof ApiError && caught.fields
          ? caught.message
          : submitNotice(caught, {
              already: '这条问答可能已经保存，请回到问答管理查看，避免重复。',
              offline: '网络不给力，填写的内容已保存在本机，网络恢复后再试即可。',
            }).text,
      );
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

  return { value, errors, notice, saving, restored, check, change, save, discard };
}

export type QaForm = ReturnType<typeof useQaForm>;
