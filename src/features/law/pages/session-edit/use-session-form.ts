import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffSession } from '@api/law';
import { useDraft } from '@/hooks/use-draft';
import { chooseOnMap, locate } from '@/services/device';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { storage } from '@/services/storage';
import { lawRoutes } from '../../routes';
import { sessionsStaffApi } from '../../staff-sessions-api';
import {
  draftOf,
  EMPTY_SESSION,
  formFieldOf,
  toContent,
  validateSession,
  type SessionDraft,
  type SessionErrors,
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

/**
 * 新建/编辑普法活动: the typed session kept on the phone (per session) across failures and
 * restarts, the client rules, the server's problems by field, 保存 and 发布.
 */
export function useSessionForm(session?: StaffSession) {
  const name = sessionDraftName(session?.id);
  const [restored, setRestored] = useState(() => storage.get(`fx.draft.${name}`) !== undefined);
  const initial = useMemo(() => (session ? draftOf(session) : EMPTY_SESSION), [session]);
  const draft = useDraft<SessionDraft>(name, initial);
  const value = draft.value;
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<SessionField, true>>>({});
  const [server, setServer] = useState<SessionErrors>({});
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState<SaveMode>();
  const [locating, setLocating] = useState(false);

  const rules = validateSession(value);
  const errors: SessionErrors = { ...server };
  for (const [field, message] of Object.entries(rules) as [SessionField, string][]) {
    if ((submitted || touched[field]) && !(field in errors)) errors[field] = message;
  }

  const change = (patch: Partial<SessionDraft>) => {
    draft.update(patch);
    const fields = (Object.keys(patch) as (keyof SessionDraft)[]).flatMap(
      (key) => FIELDS_OF[key] ?? [key as SessionField],
    );
    setTouched((current) => ({ ...current, ...Object.fromEntries(fields.map((f) => [f, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of fields) delete rest[field];
      return rest;
    });
  };

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

  const save = async (mode: SaveMode) => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (Object.keys(rules).length > 0) {
      say('请先修改标红的内容');
      return;
    }
    setSaving(mode);
    let id = value.id;
    try {
      const content = toContent(value);
      if (id) {
        await sessionsStaffApi.update(id, content);
      } else {
        id = (await sessionsStaffApi.create(content, draft.idempotencyKey)).id;
        // Kept with the draft: if publishing fails now, the next try updates this one.
        draft.update({ id });
      }
      if (mode === 'publish') await sessionsStaffApi.transition(id, { action: 'publish' });
      draft.clear();
      setRestored(false);
      void Taro.showToast({ title: mode === 'publish' ? '已发布' : '已保存', icon: 'success' });
      leave();
    } catch (caught) {
      setServer(serverFieldErrors(caught, formFieldOf));
      setNotice(
        caught instanceof ApiError && caught.fields
          ? caught.message
          : submitNotice(caught, {
              already: '这场活动可能已经保存，请回到管理列表查看，避免重复。',
              offline: '网络不给力，填写的内容已保存在本机，网络恢复后再试即可。',
            }).text,
      );
    } finally {
      setSaving(undefined);
    }
  };

  const discard = () => {
    draft.clear();
    setRestored(false);
    setServer({});
    setTouched({});
    setSubmitted(false);
    setNotice(undefined);
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
