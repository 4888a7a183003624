import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffQuestion } from '@api/quiz';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/services/request';
import { submitNotice } from '@/services/form-errors';
import { storage } from '@/services/storage';
import { quizRoutes } from '../../routes';
import { quizStaffApi } from '../../staff-api';
import {
  bodyOf,
  draftOf,
  EMPTY_QUESTION,
  serverQuestionErrors,
  toBody,
  validateQuestion,
  type QuestionDraft,
  type QuestionErrors,
  type QuestionField,
} from './question-rules';

/** Draft fields and the form fields whose problems they can change. */
const FIELDS_OF: Record<keyof QuestionDraft, QuestionField[]> = {
  type: ['type', 'options', 'answer'],
  topic: ['topic'],
  subtopic: ['subtopic'],
  difficulty: ['difficulty'],
  stem: ['stem'],
  options: ['options', 'answer'],
  correct: ['answer'],
  explanation: ['explanation'],
  image: ['image'],
  stash: [],
};

const KNOWN_FIELDS = new Set<string>(Object.values(FIELDS_OF).flat());

export const draftName = (id?: string) => (id ? `quiz-question-${id}` : 'quiz-question-new');

function problemText(error: unknown): string {
  return submitNotice(error, {
    // The first save arrived but its answer was lost, and the form changed since.
    already: '这道题可能已经保存成功，请回题库查看，避免重复录入。',
    offline: '网络不给力，填写的内容已保存在本机，网络恢复后再点保存即可。',
  }).text;
}

/**
 * 新增/编辑题目: the typed question kept as a draft (per question), the client rules as typed,
 * the server's field problems by field, saving, and 停用/恢复.
 */
export function useQuestionForm(question: StaffQuestion | undefined, reportId?: string) {
  const name = draftName(question?.id);
  const [restored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const initial = useMemo(() => (question ? draftOf(question) : EMPTY_QUESTION), [question]);
  const draft = useDraft<QuestionDraft>(name, initial);
  const [showRestored, setShowRestored] = useState(restored);
  const [touched, setTouched] = useState<Partial<Record<QuestionField, true>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<QuestionErrors>({});
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [retired, setRetiredState] = useState(Boolean(question?.retired));
  const [switching, setSwitching] = useState(false);
  const [askResolve, setAskResolve] = useState(false);
  const value = draft.value;

  const rules = validateQuestion(value);
  const errors: QuestionErrors = {};
  for (const field of KNOWN_FIELDS as Set<QuestionField>) {
    const message = server[field] ?? (submitted || touched[field] ? rules[field] : undefined);
    if (message) errors[field] = message;
  }

  const change = (patch: Partial<QuestionDraft>) => {
    draft.update(patch);
    const fields = (Object.keys(patch) as (keyof QuestionDraft)[]).flatMap((key) => FIELDS_OF[key]);
    setTouched((current) => ({ ...current, ...Object.fromEntries(fields.map((f) => [f, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of fields) delete rest[field];
      return rest;
    });
  };

  const done = () => {
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url: quizRoutes.bank }));
  };

  const save = async () => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (Object.keys(rules).length > 0) {
      void Taro.showToast({ title: '请先修改标红的内容', icon: 'none' });
      return;
    }
    setSaving(true);
    try {
      if (question) {
        await quizStaffApi.update(question.id, toBody(value, retired));
      } else {
        await quizStaffApi.create(toBody(value), draft.idempotencyKey);
      }
      draft.clear();
      setShowRestored(false);
      setSubmitted(false);
      setTouched({});
      void Taro.showToast({ title: question ? '已保存修改' : '已新增题目', icon: 'success' });
      if (reportId) setAskResolve(true);
      else done();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) {
        const byField = serverQuestionErrors(caught.fields);
        setServer(byField);
        const others = Object.entries(caught.fields)
          .filter(([path]) => {
            const field = path
              .replace(/^(body)?[./]*/, '')
              .split(/[./[\]]+/)
              .filter(Boolean)[0];
            return !field || !KNOWN_FIELDS.has(field);
          })
          .map(([path, message]) => (message.includes(path) ? message : `${path}：${message}`));
        setNotice([caught.message, ...others.filter((m) => m !== caught.message)].join('；'));
      } else {
        setNotice(problemText(caught));
      }
    } finally {
      setSaving(false);
    }
  };

  /** 停用 (true) or 恢复 (false): the stored question with the flag; the draft is untouched. */
  const setRetired = async (next: boolean) => {
    if (!question) return;
    setSwitching(true);
    try {
      await quizStaffApi.update(question.id, bodyOf(question, next));
      setRetiredState(next);
      void Taro.showToast({ title: next ? '已停用，不再出题' : '已恢复使用', icon: 'none' });
    } catch (caught) {
      void Taro.showToast({ title: problemText(caught), icon: 'none' });
      throw caught;
    } finally {
      setSwitching(false);
    }
  };

  const discard = () => {
    draft.clear();
    setShowRestored(false);
    setServer({});
    setTouched({});
    setSubmitted(false);
    setNotice(undefined);
  };

  /** After a save that came from a 纠错 report: mark it fixed (or not), then leave. */
  const finishReport = async (markFixed: boolean) => {
    if (markFixed && reportId) {
      await quizStaffApi.resolve(reportId, { status: 'fixed', note: '已按纠错修改题目' });
    }
    setAskResolve(false);
    done();
  };

  return {
    value,
    errors,
    notice,
    saving,
    retired,
    switching,
    restored: showRestored,
    askResolve,
    change,
    save,
    setRetired,
    discard,
    finishReport,
  };
}
