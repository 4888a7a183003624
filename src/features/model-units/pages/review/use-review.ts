import type { ModelUnitApplication, ReviewApplicationBody } from '@api/model-units';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { modelUnitsApi } from '../../api';

/**
 * 示范单位审核: the submitted applications, oldest first, a page at a time; a decision takes the
 * application out of the queue.
 */
export function useReview() {
  return useReviewQueue<ModelUnitApplication, ReviewApplicationBody>({
    load: (cursor) => modelUnitsApi.queue(cursor),
    send: (id, body) => modelUnitsApi.review(id, body),
    doneTitle: (body) => (body.decision === 'approve' ? '已通过' : '已驳回'),
  });
}
