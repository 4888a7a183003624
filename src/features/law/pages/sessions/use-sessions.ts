import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { SessionCard } from '@api/law';
import { usePagedList } from '@/hooks/use-paged-list';
import { locate } from '@/services/device';
import { useSession } from '@/services/session';
import { sessionsApi } from '../../sessions-api';

export type SessionTab = 'upcoming' | 'past';

/**
 * 法润乡村: upcoming or past sessions, by town, nearest first once the phone's position is
 * given (asked only on tap), and the signed-in reader's reminders (shown and tagged).
 */
export function useSessions() {
  const [tab, setTab] = useState<SessionTab>('upcoming');
  const [town, setTown] = useState('');
  const [near, setNear] = useState<string>();
  const [locating, setLocating] = useState(false);
  const [locationProblem, setLocationProblem] = useState<string>();
  const past = tab === 'past';
  const filters = { past, town: town || undefined, near: past ? undefined : near };
  const list = usePagedList((cursor) => sessionsApi.list(filters, cursor), {
    key: JSON.stringify(filters),
  });

  const signedIn = Boolean(useSession());
  const [reminders, setReminders] = useState<SessionCard[]>();
  const loadReminders = useCallback(() => {
    if (!signedIn) return setReminders(undefined);
    sessionsApi.mine().then(
      (mine) => setReminders(mine.items),
      () => setReminders(undefined),
    );
  }, [signedIn]);
  useEffect(loadReminders, [loadReminders]);
  // Shown again: back from a session page where a reminder was set or cancelled.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) loadReminders();
    shown.current = true;
  });

  const sortByDistance = async () => {
    setLocating(true);
    setLocationProblem(undefined);
    const position = await locate();
    setLocating(false);
    if ('failure' in position) {
      setLocationProblem(`${position.failure}，已按时间排序`);
      return;
    }
    setNear(`${position.latitude.toFixed(5)},${position.longitude.toFixed(5)}`);
  };

  return {
    tab,
    setTab,
    town,
    setTown,
    near,
    locating,
    locationProblem,
    sortByDistance,
    sortByTime: () => setNear(undefined),
    list,
    reminders,
    remindedIds: new Set((reminders ?? []).map((item) => item.id)),
  };
}
