import Taro from '@tarojs/taro';
import type { ModelUnitApplication, ReviewApplicationBody } from '@api/model-units';
import { ApiError } from '@/services/request';
import { modelUnitsApi } from '../../api';
import { usePagedList } from '@/hooks/use-paged-list';

/**
 * 示范单位审核: the submitted applications, oldest first, a page at a time; a decision takes the
 * application out of the queue.
 */
export function useReview() {
  const queue = usePagedList(modelUnitsApi.queue);

  /** Throws when the decision was not recorded (the dialog stays open for another try). */
  const decide = async (application: ModelUnitApplication, body: ReviewApplicationBody) => {
    try {
      await modelUnitsApi.review(application.id, body);
    } catch (caught) {
      // Reviewed by a colleague meanwhile (request() has shown the server's message).
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 409)) {
        queue.remove(application.id);
        return;
      }
      throw caught;
    }
    queue.remove(application.id);
    void Taro.showToast({
      title: body.decision === 'approve' ? '已通过' : '已驳回',
      icon: 'success',
    });
  };

  return { ...queue, decide };
}
