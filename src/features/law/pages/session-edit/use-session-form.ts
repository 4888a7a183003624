import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffSession } from '@api/law';
import { useDraft } from '@/hooks/use-draft';
import { useStaffForm } from '@/hooks/use-staff-form';
import { chooseOnMap, locate } from '@/services/device';
import { lawRoutes } from '../../routes';
import { sessionsStaffApi } from '../../staff-sessions-api';
import {
  draftOf,
  EMPTY_SESSION,
  formFieldOf,
  toContent,
  validateSession,
  type SessionDraft,
  type SessionField,
} from './session-form-rules';

export const sessionDraftName = (id?: string) => (id ? `law-session-${id}` : 'law-session-new');

/** 保存 keeps the status; 发布 saves, then publishes a draft. */
export type SaveMode = 'save' | 'publish';

function leave() {
  if ((Taro.getCurrentPages?.().length ?? 0) > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: lawRoutes.sessionsManage });
}

const say = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });

/** Which fields a change touches (the two time ends and the date are checked together). */
const FIELDS_OF: Partial<Record<keyof SessionDraft, SessionField[]>> = {
  date: ['date', 'startTime', 'endTime'],
  startTime: ['startTime', 'endTime'],
  endTime: ['startTime', 'endTime'],
  latitude: ['location'],
  longitude: ['location'],
};

const fieldsOf = (keys: (keyof SessionDraft)[]) =>
  keys.flatMap((key) => FIELDS_OF[key] ?? [key as SessionField]);

/**
 * 新建/编辑普法活动: the typed session kept on the phone (per session) across failures and
 * restarts, the client rules, the server's problems by field, 保存 and 发布.
 */
export function useSessionForm(session?: StaffSession) {
  const name = sessionDraftName(session?.id);
  const initial = useMemo(() => (session ? draftOf(session) : EMPTY_SESSION), [session]);
  const draft = useDraft<SessionDraft>(name, initial);
  const value = draft.value;
  const [locating, setLocating] = useState(false);

  const { errors, notice, saving, restored, change, save, discard } = useStaffForm({
    name,
    draft,
    rules: validateSession(value),
    touches: fieldsOf,
    forgets: (keys, field) => (fieldsOf(keys) as string[]).includes(field),
    toContent,
    api: sessionsStaffApi,
    transitions: { publish: { action: 'publish' } },
    fieldOf: formFieldOf,
    messages: {
      already: '这场活动可能已经保存，请回到管理列表查看，避免重复。',
      saved: (mode: SaveMode) => (mode === 'publish' ? '已发布' : '已保存'),
    },
    after: leave,
    say,
  });

  const setPoint = (latitude: number, longitude: number) =>
    change({ latitude: latitude.toFixed(6), longitude: longitude.toFixed(6) });

  /** weapp: pick on the map (also fills the place when empty); H5: the browser's position. */
  const pickLocation = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      const spot = await chooseOnMap();
      if (!spot) return;
      setPoint(spot.latitude, spot.longitude);
      if (!value.place.trim() && spot.name) change({ place: spot.name.slice(0, 80) });
      return;
    }
    setLocating(true);
    const position = await locate();
    setLocating(false);
    if ('failure' in position) say(`${position.failure}，可直接填写经纬度`);
    else setPoint(position.latitude, position.longitude);
  };

  return {
    value,
    errors,
    notice,
    saving,
    restored,
    locating,
    change,
    pickLocation,
    save,
    discard,
  };
}

export type SessionForm = ReturnType<typeof useSessionForm>;
