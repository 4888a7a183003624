import { useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ComplaintCreated } from '@api/complaints';
import type { MerchantDetail, MerchantSummary } from '@api/merchants';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/services/request';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';
import { merchantsApi, scanMerchantCode } from '@/features/merchants';
import { complaintsApi } from '../../api';
import {
  EMPTY_COMPLAINT_DRAFT,
  fieldOfServerPath,
  STEP_FIELDS,
  stepErrors,
  stepOf,
  toCreateBody,
  validateComplaint,
  type ComplaintDraft,
  type ComplaintErrors,
  type ComplaintField,
} from '../../complaint-rules';
import { todayInChina } from '../../labels';
import { askForStatusMessages } from '../../subscribe';

/** Draft keys and the field whose error they show. */
const FIELD_OF: Partial<Record<keyof ComplaintDraft, ComplaintField>> = {
  merchantId: 'merchant',
  merchantName: 'merchantName',
  merchantAddress: 'merchantAddress',
  category: 'category',
  purchaseDate: 'purchaseDate',
  discoveredOn: 'discoveredOn',
  amount: 'amount',
  orderNo: 'orderNo',
  facts: 'facts',
  kinds: 'kinds',
  compensationAmount: 'compensationAmount',
  otherRequest: 'otherRequest',
  evidence: 'evidence',
  name: 'name',
  phone: 'phone',
  address: 'address',
  consent: 'consent',
};

export const NETWORK_NOTICE = '网络不给力，内容已保存，请重试';

const fromRegistry = (merchant: MerchantSummary | MerchantDetail): Partial<ComplaintDraft> => ({
  merchantId: merchant.id,
  merchantName: merchant.name,
  merchantAddress: merchant.address,
  unregistered: false,
});

/** WeChat hands a page its query still encoded; Taro's H5 router has decoded it already. */
const decodedParam = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** 我要投诉: the draft, the rules per step, the business lookup and the idempotent submission. */
export function useNewComplaint() {
  const { params } = useRouter();
  const draft = useDraft<ComplaintDraft>('complaint', EMPTY_COMPLAINT_DRAFT);
  const value = draft.value;
  const [touched, setTouched] = useState<Partial<Record<ComplaintField, true>>>({});
  /** Steps whose 下一步 (or the final 提交) was tried: all their problems show. */
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [server, setServer] = useState<ComplaintErrors>({});
  const [notice, setNotice] = useState<SubmitNotice>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [looking, setLooking] = useState(false);
  const [result, setResult] = useState<ComplaintCreated & { subscribed: boolean }>();

  const today = todayInChina();
  const rules = useMemo(() => validateComplaint(value, today), [value, today]);
  const errors: ComplaintErrors = {};
  for (const [field, message] of Object.entries(rules) as [ComplaintField, string][]) {
    if (touched[field] || attempted.has(stepOf(field))) errors[field] = message;
  }
  for (const [field, message] of Object.entries(server) as [ComplaintField, string][]) {
    errors[field] = message;
  }

  const change = (patch: Partial<ComplaintDraft>) => {
    draft.update(patch);
    const fields = (Object.keys(patch) as (keyof ComplaintDraft)[])
      .map((key) => FIELD_OF[key])
      .filter((field): field is ComplaintField => field !== undefined);
    if (fields.length === 0) return;
    setTouched((current) => ({
      ...current,
      ...Object.fromEntries(fields.map((field) => [field, true])),
    }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of fields) delete rest[field];
      return rest;
    });
  };

  const goTo = (step: number) => {
    draft.update({ step });
    Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
  };

  const next = () => {
    setAttempted((current) => new Set(current).add(value.step));
    if (Object.keys(stepErrors(rules, value.step)).length > 0) {
      void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
      return;
    }
    if (value.step === 2 && uploading) {
      void Taro.showToast({ title: '照片还没有上传完成，请稍候或删除失败的照片', icon: 'none' });
      return;
    }
    goTo(Math.min(value.step + 1, STEP_FIELDS.length - 1));
  };

  const back = () => goTo(Math.max(value.step - 1, 0));

  // 商家: a merchant page's 投诉 button opens this page with ?merchantId=.
  const preselected = useRef(false);
  useEffect(() => {
    const id = params.merchantId;
    if (params.pledgeId && params.pledgeId !== value.pledgeId)
      draft.update({ pledgeId: params.pledgeId });
    if (!id || preselected.current || id === value.merchantId) return;
    preselected.current = true;
    setLooking(true);
    merchantsApi
      .get(id)
      .then((merchant) => change(fromRegistry(merchant)))
      .catch(() => undefined)
      .finally(() => setLooking(false));
    // Only the page's query decides this, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.merchantId]);

  // 查商家 found nothing: ?merchantName= starts an unregistered business with the typed name.
  useEffect(() => {
    const name = params.merchantName;
    if (!name || params.merchantId) return;
    change({ unregistered: true, merchantId: undefined, merchantName: decodedParam(name) });
    // Only the page's query decides this, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.merchantName]);

  const pickMerchant = (merchant: MerchantSummary | MerchantDetail) =>
    change(fromRegistry(merchant));

  const clearMerchant = () =>
    change({ merchantId: undefined, merchantName: '', merchantAddress: '' });

  const typeMerchant = (unregistered: boolean) =>
    change(
      unregistered
        ? { unregistered, merchantId: undefined }
        : { unregistered, merchantName: '', merchantAddress: '' },
    );

  /** 扫一扫: a shop's code or a licence's credit code, looked up in the registry. */
  const scan = async () => {
    const target = await scanMerchantCode();
    if (!target) return;
    setLooking(true);
    try {
      const merchant =
        target.kind === 'merchant'
          ? await merchantsApi.get(target.id)
          : await merchantsApi.byCode(target.code);
      pickMerchant(merchant);
    } catch (caught) {
      const missing = caught instanceof ApiError && caught.status === 404;
      void Taro.showToast({
        title: missing ? '该商家未登记，请手动填写名称和地址' : '查询商家失败，请重试或手动填写',
        icon: 'none',
      });
      if (missing) change({ unregistered: true, merchantId: undefined });
    } finally {
      setLooking(false);
    }
  };

  const submit = async () => {
    setAttempted(new Set(STEP_FIELDS.map((_fields, step) => step)));
    setNotice(undefined);
    const problems = Object.keys(rules) as ComplaintField[];
    if (problems.length > 0) {
      const first = Math.min(...problems.map(stepOf));
      if (first !== value.step) goTo(first);
      void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
      return;
    }
    if (uploading) {
      void Taro.showToast({ title: '照片还没有上传完成，请稍候或删除失败的照片', icon: 'none' });
      return;
    }
    setSending(true);
    try {
      // WeChat asks only from a tap: this runs before anything else is awaited.
      const subscribed = await askForStatusMessages();
      const created = await complaintsApi.create(
        toCreateBody(value, subscribed),
        draft.idempotencyKey,
      );
      draft.clear();
      setTouched({});
      setAttempted(new Set());
      setResult({ ...created, subscribed });
    } catch (caught) {
      const fields: ComplaintErrors = serverFieldErrors(caught, fieldOfServerPath);
      setServer(fields);
      const shown = Object.keys(fields) as ComplaintField[];
      if (shown.length > 0) goTo(Math.min(...shown.map(stepOf)));
      else {
        setNotice(
          submitNotice(caught, {
            already: '这份投诉可能已经提交成功，请先到「我的投诉」查看，避免重复投诉。',
            offline: NETWORK_NOTICE,
          }),
        );
      }
    } finally {
      setSending(false);
    }
  };

  return {
    value,
    errors,
    change,
    step: value.step,
    next,
    back,
    goTo,
    pickMerchant,
    clearMerchant,
    typeMerchant,
    scan,
    looking,
    setUploading,
    uploading,
    submit,
    sending,
    notice,
    result,
  };
}

export type NewComplaintForm = ReturnType<typeof useNewComplaint>;
