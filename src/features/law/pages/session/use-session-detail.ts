import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { SessionDetail } from '@api/law';
import { useRemote } from '@/hooks/use-remote';
import { askToSignIn } from '@/services/ask-to-sign-in';
import { ApiError } from '@/services/request';
import { session as signedIn } from '@/services/session';
import { sessionsApi } from '../../sessions-api';
import { askForReminderMessage } from '../../session-components/subscribe';
import { dayInWords, toDateAndTime } from '../../session-components/session-time';

/** The Shanghai day before the start ('YYYY-MM-DD'): when the reminder goes out. */
export function dayBefore(startsAt: string): string {
  const { date } = toDateAndTime(startsAt);
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
}

const say = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });

/** One session, and 提醒我 / 取消提醒 (signed in; on weapp with the subscribe message). */
export function useSessionDetail(id: string) {
  const remote = useRemote<SessionDetail>(() => sessionsApi.get(id));
  // What this page changed since the session loaded.
  const [changed, setChanged] = useState<{ reminded: boolean; remindOn?: string }>();
  const [busy, setBusy] = useState(false);
  const detail = remote.data;
  const reminded = changed?.reminded ?? detail?.reminded ?? false;
  const setReminded = (value: boolean, remindOn?: string) =>
    setChanged({ reminded: value, remindOn });

  const remind = async () => {
    if (!detail || busy) return;
    // Straight from the tap: WeChat asks only then (before any await).
    const asked = signedIn.token() ? askForReminderMessage() : undefined;
    if (!(await askToSignIn('登录后才能设置活动提醒，活动前一天通过消息通知您。'))) return;
    const subscribed = await (asked ?? askForReminderMessage());
    setBusy(true);
    try {
      const state = await sessionsApi.remind(detail.id, subscribed);
      setReminded(true, state.remindOn);
      say(state.remindOn ? `将于${dayInWords(state.remindOn)}提醒您` : '已设置提醒');
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : '设置提醒失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    if (!detail || busy) return;
    setBusy(true);
    try {
      await sessionsApi.forget(detail.id);
      setReminded(false);
      say('已取消提醒');
    } catch (caught) {
      say(caught instanceof ApiError ? caught.message : '取消提醒失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  return {
    remote,
    reminded,
    remindDay: changed?.remindOn ?? (detail ? dayBefore(detail.startsAt) : undefined),
    busy,
    remind,
    forget,
  };
}
