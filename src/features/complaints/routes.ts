const NEW = '/features/complaints/pages/new/index';

/** The complaint pages (Taro page paths). */
export const complaintRoutes = {
  /** 我要投诉, about a merchant (and one of its pledges) when known. */
  new: (merchantId?: string, pledgeId?: string) =>
    merchantId
      ? `${NEW}?merchantId=${encodeURIComponent(merchantId)}` +
        (pledgeId ? `&pledgeId=${encodeURIComponent(pledgeId)}` : '')
      : NEW,
  /** 我要投诉 about a business not in the registry, with the name typed in 查商家. */
  newUnregistered: (merchantName: string) =>
    `${NEW}?merchantName=${encodeURIComponent(merchantName)}`,
  mine: '/features/complaints/pages/mine/index',
  queue: '/features/complaints/pages/queue/index',
  merchant: '/features/complaints/pages/merchant/index',
  detail: (id: string) => `/features/complaints/pages/detail/index?id=${encodeURIComponent(id)}`,
  /** 第二十二条: the 调解书 page of a settled complaint. */
  agreement: (id: string) =>
    `/features/complaints/pages/agreement/index?id=${encodeURIComponent(id)}`,
};
