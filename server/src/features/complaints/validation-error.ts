import { badRequest, type AppError } from '../../plugins/app-error';

const FIELD_LABELS: Record<string, string> = {
  purchaseDate: '消费日期',
  discoveredOn: '发现问题日期',
  'request.compensationAmount': '赔偿金额',
  'request.other': '其他诉求',
  evidence: '证据照片',
  'merchant.merchantId': '被投诉商家',
  pledgeId: '承诺',
  amount: '金额',
  message: '内容',
};

/** 400 VALIDATION_FAILED: every field's problem, the first one in the message with its label. */
export function validationFailed(fields: Record<string, string>): AppError {
  const [field, message] = Object.entries(fields)[0];
  return badRequest('VALIDATION_FAILED', `${FIELD_LABELS[field] ?? field}：${message}`, fields);
}

/** The evidence a form names must be the caller's own evidence uploads. */
export const NOT_OWN_EVIDENCE = '请上传您本人拍摄的证据照片';
