import type { QuestionStatus, Topic } from '@api/quiz';
import { usePagedList } from '@/hooks/use-paged-list';
import { quizStaffApi } from '../../staff-api';

export interface BankFilters {
  topic?: Topic;
  status: QuestionStatus;
  q?: string;
}

export const PAGE_SIZE = 20;

/** The bank, filtered and searched, newest edits first; fresh again after an edit. */
export function useBank(filters: BankFilters) {
  return usePagedList(
    async (cursor) => {
      const page = await quizStaffApi.list({ ...filters, cursor, limit: PAGE_SIZE });
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: JSON.stringify(filters), reloadOnShow: true },
  );
}
