import type { DisclosureResponse, MyDisclosures, ResponseBody } from '@api/disclosure';
import { itemPath, load, post } from '@/services/api-calls';

/** A business's side of 投诉信息公示: the batches naming it, and its objections and statements. */
export const disclosureMerchantApi = {
  mine: () => load<MyDisclosures>('/disclosure/mine'),
  /** The form shows problems itself (by field or as a notice): no toast. */
  respond: (rowId: string, body: ResponseBody, idempotencyKey: string) =>
    post<DisclosureResponse>(itemPath('/disclosure/rows', rowId, '/responses'), body, {
      idempotencyKey,
      toast: false,
    }),
};
