import type { AdvisoryStatus } from '@api/advisories';
import { usePagedList } from '@/hooks/use-paged-list';
import { advisoriesStaffApi } from '../../staff-api';

/** One status tab of the staff list, latest change first; fresh again after a review or edit. */
export function useManageList(status: AdvisoryStatus) {
  return usePagedList(
    async (cursor) => {
      const page = await advisoriesStaffApi.list(status, cursor);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: status, reloadOnShow: true },
  );
}
