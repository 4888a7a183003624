import { usePagedList } from '@/hooks/use-paged-list';
import { disclosureStaffApi } from '../../staff-api';
import type { ManageTab } from '../../staff-components/staff-labels';

/** One status tab of the staff list; fresh again when back from a batch's review. */
export function useManageList(tab: ManageTab) {
  return usePagedList(
    async (cursor) => {
      const page = await disclosureStaffApi.list(tab === 'all' ? undefined : tab, cursor);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: tab, reloadOnShow: true },
  );
}
