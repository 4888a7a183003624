import { askForSubscribeMessage } from '@/services/subscribe-message';

/** The subscribe-message template for status changes, when the build configured one. */
export function complaintTemplateId(): string {
  try {
    return process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? '';
  } catch {
    return ''; // no `process` at run time and the build did not define the value
  }
}

/** Asks for WeChat subscribe messages about status changes (see askForSubscribeMessage). */
export const askForStatusMessages = () => askForSubscribeMessage(complaintTemplateId());
