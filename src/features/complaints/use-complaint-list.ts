import type { ComplaintListQuery } from '@api/complaints';
import { usePagedList } from '@/hooks/use-paged-list';
import { complaintsApi } from './api';

/**
 * A cursor-paged list of complaints for one scope and its filters: starts again when the
 * filters change, and when the user comes back from a detail page (statuses may have moved on).
 */
export function useComplaintList(query: Omit<ComplaintListQuery, 'cursor'>) {
  return usePagedList((cursor) => complaintsApi.list({ ...query, cursor }), {
    key: JSON.stringify(query),
    reloadOnShow: true,
  });
}
