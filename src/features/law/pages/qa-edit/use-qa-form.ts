import { useMemo } from 'react';
import Taro from '@tarojs/taro';
import type { StaffQa } from '@api/law';
import { useDraft } from '@/hooks/use-draft';
import { useStaffForm } from '@/hooks/use-staff-form';
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
  const initial = useMemo(
    () => (qa ? draftOf(qa.id, qa.revision?.content ?? qa.content) : EMPTY_QA),
    [qa],
  );
  const draft = useDraft<QaDraft>(name, initial);
  const value = draft.value;
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

  const { errors, notice, saving, restored, change, save, discard } = useStaffForm({
    name,
    draft,
    rules,
    // A citation missing from the library shows at once; a row's own rules wait for a save.
    shows: (field, message, touched) => touched[field] || message === MISSING,
    toContent,
    api: lawQaStaffApi,
    transitions: { submit: { action: 'submit' } },
    fieldOf: formFieldOf,
    messages: {
      already: '这条问答可能已经保存，请回到问答管理查看，避免重复。',
      saved: (mode: SaveMode) => (mode === 'submit' ? '已提交审核' : '草稿已保存'),
    },
    after: (id) => void Taro.redirectTo({ url: lawRoutes.qaReview(id) }),
  });

  return { value, errors, notice, saving, restored, check, change, save, discard };
}

export type QaForm = ReturnType<typeof useQaForm>;
