import { useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { CampaignCard } from '@api/campaigns';
import type { ReportCreated } from '@api/reports';
import type { MerchantSummary } from '@api/merchants';
import { useDraft } from '@/hooks/use-draft';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useRegion } from '@/hooks/use-region';
import { askToSignIn } from '@/services/ask-to-sign-in';
import { chooseOnMap, locate } from '@/services/device';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';
import { session } from '@/services/session';
import { reportsApi } from '../../api';
import {
  EMPTY_REPORT_DRAFT,
  fieldOfServerPath,
  toCreateBody,
  validateReport,
  type ReportDraft,
  type ReportField,
} from './report-rules';
import { askForDecisionMessage } from './subscribe';

const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** WeChat hands a page its query still encoded; Taro's H5 router has decoded it already. */
const decodedParam = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const SIGN_IN_WHY = '实名举报需要先登录，作出是否立案的决定后，会通过「消息」告诉您。';

/** Draft keys and the field whose error they show. */
const FIELD_OF: Partial<Record<keyof ReportDraft, ReportField>> = {
  merchantId: 'business',
  businessName: 'businessName',
  businessAddress: 'businessAddress',
  town: 'town',
  campaignId: 'campaignId',
  description: 'description',
  seenOn: 'seenOn',
  seenTime: 'seenTime',
  place: 'place',
  location: 'place',
  photos: 'photos',
  reporterKind: 'reporterKind',
  name: 'name',
  phone: 'phone',
};

/** 我要举报: the draft, its rules, the campaign picker, the place and the submission. */
export function useNewReport() {
  const { params } = useRouter();
  const draft = useDraft<ReportDraft>('report', EMPTY_REPORT_DRAFT);
  const value = draft.value;
  const updateDraft = draft.update;
  const latest = useRef(value);
  latest.current = value;
  const today = todayInChina();
  const rules = useMemo(() => validateReport(value, today), [value, today]);
  const fields = useFieldErrors<ReportField>(rules);
  const [campaigns, setCampaigns] = useState<CampaignCard[]>();
  const [notice, setNotice] = useState<SubmitNotice>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [locating, setLocating] = useState(false);
  const [result, setResult] = useState<
    ReportCreated & { subscribed: boolean; realName: boolean }
  >();
  const towns = useRegion()?.towns ?? [];

  const change = (patch: Partial<ReportDraft>) => {
    draft.update(patch);
    const keys = Object.keys(patch) as (keyof ReportDraft)[];
    fields.touch(keys.map((key) => FIELD_OF[key]).filter((field): field is ReportField => !!field));
  };

  // The campaign picker; a campaign page's 我要举报 presets its campaign.
  useEffect(() => {
    let alive = true;
    reportsApi
      .activeCampaigns()
      .then(({ items }) => {
        if (!alive) return;
        setCampaigns(items);
        // A campaign that ended since the draft was saved (or a stale link) is not sent.
        const chosen = latest.current.campaignId;
        if (chosen && !items.some((campaign) => campaign.id === chosen)) {
          updateDraft({ campaignId: undefined });
        }
      })
      .catch(() => alive && setCampaigns([]));
    return () => {
      alive = false;
    };
  }, [updateDraft]);
  useEffect(() => {
    if (params.campaignId) draft.update({ campaignId: decodedParam(params.campaignId) });
    // Only the page's query decides this, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.campaignId]);

  const pickMerchant = (merchant: MerchantSummary) =>
    change({
      merchantId: merchant.id,
      businessName: merchant.name,
      businessAddress: merchant.address,
      town: merchant.town,
      typed: false,
    });
  const clearMerchant = () =>
    change({ merchantId: undefined, businessName: '', businessAddress: '' });
  const typeBusiness = (typed: boolean) =>
    change(
      typed
        ? { typed, merchantId: undefined }
        : { typed, businessName: '', businessAddress: '', merchantId: undefined },
    );

  /** weapp: the map; the browser: the current position. The typed place stays required. */
  const pickPlace = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      const spot = await chooseOnMap();
      if (!spot) return;
      const { latitude, longitude } = spot;
      const name = (spot.name || spot.address).slice(0, 100);
      change({
        location: { latitude, longitude, name: name || undefined },
        place: value.place.trim() ? value.place : (spot.address || spot.name).slice(0, 100),
      });
      return;
    }
    setLocating(true);
    try {
      const position = await locate();
      if ('failure' in position) {
        void Taro.showToast({ title: `${position.failure}，地点可直接填写`, icon: 'none' });
        return;
      }
      change({ location: { latitude: position.latitude, longitude: position.longitude } });
    } finally {
      setLocating(false);
    }
  };

  /** 实名 needs an account (the decision is told in 消息); declining keeps 匿名 open. */
  const chooseKind = async (kind: ReportDraft['reporterKind']) => {
    if (kind !== 'real-name') {
      // Nothing about an anonymous reporter stays on the phone either.
      change({ reporterKind: kind, name: '', phone: '' });
      return;
    }
    change({ reporterKind: kind });
    if (!(await askToSignIn(SIGN_IN_WHY))) change({ reporterKind: '' });
  };

  const submit = async () => {
    setNotice(undefined);
    if (!fields.attempt()) return;
    if (uploading) {
      void Taro.showToast({ title: '照片还没有上传完成，请稍候或删除失败的照片', icon: 'none' });
      return;
    }
    const realName = value.reporterKind === 'real-name';
    setSending(true);
    try {
      // WeChat asks only from a tap: this runs before anything else is awaited.
      const subscribed = realName ? await askForDecisionMessage() : false;
      if (realName && !session.token() && !(await askToSignIn(SIGN_IN_WHY))) return;
      const created = await reportsApi.create(
        toCreateBody(value, subscribed),
        draft.idempotencyKey,
      );
      draft.clear();
      fields.reset();
      setResult({ ...created, subscribed, realName });
      Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
    } catch (caught) {
      const problems = serverFieldErrors(caught, fieldOfServerPath);
      fields.setServer(problems);
      if (Object.keys(problems).length === 0) {
        setNotice(
          submitNotice(caught, {
            already: '这份举报可能已经提交成功，请用举报编号和查询码查询进度，避免重复举报。',
            offline: '网络不给力，填写的内容已保存在本机，请稍后再点提交。',
          }),
        );
      } else void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
    } finally {
      setSending(false);
    }
  };

  return {
    value,
    errors: fields.errors,
    change,
    today,
    towns,
    campaigns,
    pickMerchant,
    clearMerchant,
    typeBusiness,
    pickPlace,
    locating,
    chooseKind,
    setUploading,
    submit,
    sending,
    notice,
    result,
  };
}

export type NewReportForm = ReturnType<typeof useNewReport>;
