import { askForSubscribeMessage } from '@/services/subscribe-message';

/** The subscribe-message template for a session's reminder, when the build configured one. */
function lawSessionTemplateId(): string {
  try {
    return process.env.TARO_APP_LAW_SESSION_TEMPLATE_ID ?? '';
  } catch {
    return ''; // no `process` at run time and the build did not define the value
  }
}

/** 提醒我 on weapp: the WeChat message the day before; the message centre tells them either way. */
export const askForReminderMessage = () => askForSubscribeMessage(lawSessionTemplateId());
