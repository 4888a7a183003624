import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { ModelUnitApplication } from '@api/model-units';
import { modelUnitYear } from '@/domain/model-unit-year';
import { useRemote } from '@/hooks/use-remote';
import { cachedRegion, fetchRegion } from '@/services/region';
import { modelUnitsApi } from '@/features/model-units';
import { merchantsApi } from '../../api';

export interface MineData {
  memberships: Membership[];
  /** Model-unit applications by merchant id; undefined when they could not be loaded. */
  applications: Record<string, ModelUnitApplication[]> | undefined;
  /** The county's 示范单位 year (its campaign year); undefined when the profile is not at hand. */
  modelUnitYear: number | undefined;
}

/** The campaign year, from the last profile seen when the network fails. */
const campaignYear = () =>
  fetchRegion()
    .catch(() => cachedRegion())
    .then((region) => (region ? modelUnitYear(region) : undefined));

async function loadMine(): Promise<MineData> {
  const [memberships, applications, year] = await Promise.all([
    merchantsApi.myMemberships().then((list) => list.items),
    // The memberships are the page; the applications are extra and may fail on their own.
    // The newest page is plenty for a merchant's statuses; 我的申请 pages through the rest.
    modelUnitsApi
      .mine()
      .then((page) => page.items)
      .catch(() => undefined),
    campaignYear(),
  ]);
  const byMerchant: Record<string, ModelUnitApplication[]> = {};
  for (const application of applications ?? []) {
    (byMerchant[application.merchantId] ??= []).push(application);
  }
  for (const list of Object.values(byMerchant)) {
    list.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  }
  return {
    memberships,
    applications: applications ? byMerchant : undefined,
    modelUnitYear: year,
  };
}

/** 我的商家: my memberships and their model-unit applications, fresh on every return. */
export function useMine() {
  const remote = useRemote(loadMine);
  // Coming back from 申请示范单位 or 商家入驻 shows what was just sent; the first show right
  // after mounting is already being loaded.
  const mountedAt = useRef(Date.now());
  useDidShow(() => {
    if (Date.now() - mountedAt.current > 1000) void remote.reload();
  });
  return remote;
}
