import type { CreateComplaintBody } from '@api/complaints';
import { complaintDateErrors } from '@/domain/complaint-dates';

/** The date and request fields' problems (field → message), added to `fields`. */
export function checkDatesAndRequest(
  body: CreateComplaintBody,
  today: string,
  fields: Record<string, string>,
): void {
  // 第十五条(四) counts from when the consumer knew or should have known of the harm, and only the
  // bureau refuses (第十四条, with reasons): an old purchase is received, with its discovery date.
  Object.assign(fields, complaintDateErrors(body, today));
  const { request } = body;
  if (request.kinds.includes('赔偿') && request.compensationAmount === undefined) {
    fields['request.compensationAmount'] = '选择赔偿时请填写赔偿金额';
  }
  if (request.kinds.includes('其他') && !request.other?.trim()) {
    fields['request.other'] = '选择其他时请写明诉求';
  }
}

/** Only what the chosen kinds ask for is kept. */
export function storedRequest(
  request: CreateComplaintBody['request'],
): CreateComplaintBody['request'] {
  const stored: CreateComplaintBody['request'] = { kinds: request.kinds };
  if (request.kinds.includes('赔偿')) stored.compensationAmount = request.compensationAmount;
  if (request.kinds.includes('其他')) stored.other = request.other?.trim();
  return stored;
}
