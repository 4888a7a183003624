import { useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { useBusy } from '@/hooks/use-busy';
import { useDraft } from '@/hooks/use-draft';
import { useRegion } from '@/hooks/use-region';
import { serverFieldErrors } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { disclosureRoutes } from '../../routes';
import { disclosureStaffApi } from '../../staff-api';
import {
  batchErrors,
  EMPTY_BATCH_DRAFT,
  presetDraft,
  type BatchDraft,
  type BatchErrors,
  type BatchPreset,
} from '../../staff-components/batch-presets';

const hasContent = (draft: BatchDraft) =>
  Boolean(draft.title || draft.periodFrom || draft.periodTo);

/**
 * 新建公示批次: the form kept in storage until the server accepts it (one Idempotency-Key per
 * draft, so a retry after a lost answer never opens two batches), then the new batch's review.
 */
export function useCreateBatch() {
  const draft = useDraft<BatchDraft>('disclosure-batch', EMPTY_BATCH_DRAFT);
  const region = useRegion();
  const [open, setOpen] = useState(() => hasContent(draft.value));
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<{ errors: BatchErrors; notice?: string }>({ errors: {} });
  const { busy, whileBusy } = useBusy();

  const own = batchErrors(draft.value, dayjs());
  const errors: BatchErrors = { ...(tried ? own : {}), ...server.errors };

  const change = (patch: Partial<BatchDraft>) => {
    setServer({ errors: {} });
    draft.update(patch);
  };

  const applyPreset = (preset: BatchPreset) =>
    change(presetDraft(preset, dayjs(), region?.event.date));

  const submit = () =>
    whileBusy(async () => {
      setTried(true);
      if (Object.keys(own).length > 0) return;
      const body = { ...draft.value, title: draft.value.title.trim() };
      try {
        const created = await disclosureStaffApi.create(body, draft.idempotencyKey);
        draft.clear();
        setTried(false);
        setOpen(false);
        void Taro.navigateTo({ url: disclosureRoutes.review(created.id) });
      } catch (caught) {
        const fields = serverFieldErrors<keyof BatchDraft>(caught);
        const message = caught instanceof ApiError ? caught.message : '新建失败，请稍后再试';
        setServer({
          errors: fields,
          notice: Object.keys(fields).length ? undefined : message,
        });
      }
    });

  const cancel = () => {
    draft.clear();
    setTried(false);
    setServer({ errors: {} });
    setOpen(false);
  };

  return {
    open,
    setOpen,
    value: draft.value,
    errors,
    notice: server.notice,
    busy,
    change,
    applyPreset,
    submit,
    cancel,
  };
}

export type CreateBatch = ReturnType<typeof useCreateBatch>;
