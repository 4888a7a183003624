import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Draft } from '@/hooks/use-draft';
import { serverFieldErrors, submitNotice } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { storage } from '@/services/storage';

type Key<T> = Extract<keyof T, string>;

/** The staff API of one kind of item: create (replayable by its key), update, change status. */
export interface StaffFormApi<C, B> {
  create: (content: C, idempotencyKey: string) => Promise<{ id: string }>;
  update: (id: string, content: C) => Promise<unknown>;
  transition: (id: string, body: B) => Promise<unknown>;
}

export interface StaffFormOptions<T extends { id?: string }, M extends string, E, C, B> {
  /** The draft's storage name (as given to useDraft): a stored one means it was restored. */
  name: string;
  /**
   * The caller's own useDraft: it is made outside so that hooks the rules depend on (such as a
   * check of the typed value against the server) can run before this one.
   */
  draft: Draft<T>;
  /** The client rules' problems with the current value, by form field. */
  rules: E;
  /**
   * Whether a rule's problem shows before a save was tried. By default once its field, or the
   * draft key it belongs to (`citations` for `citations.2`), was changed.
   */
  shows?: (field: string, message: string, touched: Record<string, true>) => boolean;
  /** The form fields a change of these draft keys counts as touched (by default the keys). */
  touches?: (keys: Key<T>[]) => string[];
  /** Whether a change of these keys drops the server's problem with `field` (by default its key). */
  forgets?: (keys: Key<T>[], field: string) => boolean;
  toContent: (value: T) => C;
  api: StaffFormApi<C, B>;
  /** The transition a save mode runs after saving (none: the status stays). */
  transitions?: Partial<Record<M, B>>;
  /** The form field of a server problem's path. */
  fieldOf: (path: string) => string | undefined;
  messages: {
    /** Said when the Idempotency-Key was used before: the first try may have arrived. */
    already: string;
    /** The toast after a successful save. */
    saved: (mode: M) => string;
    /** Why a save has to wait (an image still uploading), said instead of saving. */
    wait?: string;
  };
  /** Where to go once saved (the draft is gone by then). */
  after: (id: string, mode: M) => void;
  say?: (title: string) => void;
}

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' });

const OFFLINE = '网络不给力，填写的内容已保存在本机，网络恢复后再试即可。';

/**
 * A staff editing form over a phone-kept draft: which rule problems show (touched fields, or
 * all once a save was tried), the server's problems by field until that field changes again,
 * save(mode) (create once per draft, then update; then the mode's transition) and discard().
 */
export function useStaffForm<T extends { id?: string }, M extends string, E, C, B>(
  options: StaffFormOptions<T, M, E, C, B>,
) {
  const { draft, rules, messages } = options;
  const say = options.say ?? toast;
  const value = draft.value;
  const [restored, setRestored] = useState(
    () => storage.get(`fx.draft.${options.name}`) !== undefined,
  );
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [server, setServer] = useState<E>({} as E);
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState<M>();

  const shows =
    options.shows ?? ((field, _message, seen) => seen[field] || seen[field.split('.')[0]]);
  // The server's problem with a field wins over the client rule's.
  const errors = { ...server } as Record<string, string>;
  for (const [field, message] of Object.entries(rules as Record<string, string>)) {
    if ((submitted || shows(field, message, touched)) && !(field in errors))
      errors[field] = message;
  }

  const change = (patch: Partial<T>) => {
    draft.update(patch);
    const keys = Object.keys(patch) as Key<T>[];
    const fields = options.touches ? options.touches(keys) : keys;
    const forgets =
      options.forgets ??
      ((changed: string[], field: string) => changed.includes(field.split('.')[0]));
    setTouched((current) => ({ ...current, ...Object.fromEntries(fields.map((f) => [f, true])) }));
    setServer((current) => {
      const rest = { ...current } as Record<string, string>;
      for (const field of Object.keys(rest)) if (forgets(keys, field)) delete rest[field];
      return rest as E;
    });
  };

  const save = async (mode: M) => {
    if (saving) return;
    setSubmitted(true);
    setNotice(undefined);
    if (messages.wait) {
      say(messages.wait);
      return;
    }
    if (Object.keys(rules as Record<string, string>).length > 0) {
      say('请先修改标红的内容');
      return;
    }
    setSaving(mode);
    let id = value.id;
    try {
      const content = options.toContent(value);
      if (id) {
        await options.api.update(id, content);
      } else {
        id = (await options.api.create(content, draft.idempotencyKey)).id;
        // Kept with the draft: if the transition fails now, the next try updates this one.
        draft.update({ id } as Partial<T>);
      }
      const transition = options.transitions?.[mode];
      if (transition) await options.api.transition(id, transition);
      draft.clear();
      setRestored(false);
      void Taro.showToast({ title: messages.saved(mode), icon: 'success' });
      options.after(id, mode);
    } catch (caught) {
      setServer(serverFieldErrors(caught, options.fieldOf) as E);
      setNotice(
        caught instanceof ApiError && caught.fields
          ? caught.message
          : submitNotice(caught, { already: messages.already, offline: OFFLINE }).text,
      );
    } finally {
      setSaving(undefined);
    }
  };

  const discard = () => {
    draft.clear();
    setRestored(false);
    setServer({} as E);
    setTouched({});
    setSubmitted(false);
    setNotice(undefined);
  };

  return {
    /** The server's problems, then the shown rule problems of fields it has none for. */
    errors: errors as E,
    notice,
    /** The mode being saved; callers with other requests (withdraw) set it too. */
    saving,
    setSaving,
    restored,
    change,
    save,
    discard,
  };
}
