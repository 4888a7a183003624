import { modelUnitsApi } from '../../api';
import { usePagedList } from '@/hooks/use-paged-list';

/** 我的申请: every model-unit application of my merchants, newest first, a page at a time. */
export function useApplications() {
  return usePagedList(modelUnitsApi.mine);
}
