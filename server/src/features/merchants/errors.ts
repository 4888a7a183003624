import { validateCreditCode } from '@/domain/credit-code';
import { AppError, badRequest, notFound } from '../../plugins/app-error';

export const merchantNotFound = () => notFound('MERCHANT_NOT_FOUND', '未查到该商家');

/** The code normalised (trimmed, upper case) when valid; 400 with the domain's reason if not. */
export function checkedCreditCode(input: string): string {
  const result = validateCreditCode(input);
  if (!result.ok) {
    throw badRequest('INVALID_CREDIT_CODE', result.message, { creditCode: result.message });
  }
  return result.code;
}

export const validationFailed = (fields: Record<string, string>) => {
  const [field, message] = Object.entries(fields)[0];
  return new AppError(
    400,
    'VALIDATION_FAILED',
    `${FIELD_LABELS[field] ?? field}：${message}`,
    fields,
  );
};

const FIELD_LABELS: Record<string, string> = {
  industry: '行业',
  town: '镇（街道）',
  licencePhoto: '营业执照照片',
  category: '类别',
  checklist: '自查项目',
  photos: '照片',
  validUntil: '有效期',
  location: '位置',
};
