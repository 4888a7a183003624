import type { QaCard, QaList, QaTopic } from '@api/law';
import { itemPath, load } from '@/services/api-calls';

/** The public 问答 API: published cards, all or one topic, and one card. */
export const lawQaApi = {
  list: (topic: QaTopic | undefined, cursor?: string) =>
    load<QaList>('/law/qa', { topic, cursor, limit: 20 }),
  get: (id: string) => load<QaCard>(itemPath('/law/qa', id)),
};
