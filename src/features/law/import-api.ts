import type { LawImportBody, LawSummary } from '@api/law';
import { post } from '@/services/api-calls';

/** 导入地方性法规 (staff): a law file in the shipped texts' format; the same key replaces it. */
export const lawImportApi = {
  create: (body: LawImportBody, idempotencyKey: string) =>
    post<LawSummary>('/law/imports', body, { idempotencyKey, toast: false }),
};
