import type {
  DutyView,
  FlagList,
  FollowUp,
  FollowUpBody,
  FollowUpList,
  FollowUpStatus,
  RosterBody,
} from '@api/disclosure';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

/** Staff's follow-up after a disclosure (预警名单、跟进记录) and the 3·15 duty view. */
export const followUpApi = {
  flags: (batchId?: string) => load<FlagList>('/disclosure/flags', { batchId }),
  list: (status: FollowUpStatus | undefined, cursor?: string) =>
    load<FollowUpList>('/disclosure/follow-ups', { status, cursor, limit: 20 }),
  get: (id: string) => load<FollowUp>(itemPath('/disclosure/follow-ups', id)),
  create: (body: FollowUpBody, idempotencyKey: string) =>
    post<FollowUp>('/disclosure/follow-ups', body, { idempotencyKey, toast: false }),
  update: (id: string, body: FollowUpBody) =>
    request<FollowUp>(itemPath('/disclosure/follow-ups', id), {
      method: 'PUT',
      data: body,
      toast: false,
    }),
  duty: (date?: string) => load<DutyView>('/disclosure/duty', { date }),
  saveRoster: (body: RosterBody) =>
    request<DutyView>('/disclosure/duty/roster', { method: 'PUT', data: body, toast: false }),
};
