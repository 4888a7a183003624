import { useState } from 'react';
import Taro from '@tarojs/taro';

type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Which problems a form shows: a rule's message once its field was changed or a save was tried,
 * and the server's problem with a field until that field changes again.
 */
export function useFieldErrors<F extends string>(rules: FieldErrors<F>) {
  const [touched, setTouched] = useState<Partial<Record<F, true>>>({});
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<FieldErrors<F>>({});

  const errors: FieldErrors<F> = {};
  for (const [field, message] of Object.entries(rules) as [F, string][]) {
    if (attempted || touched[field]) errors[field] = message;
  }
  Object.assign(errors, server);

  /** The person changed these fields: show their rules, drop what the server said of `forget`. */
  const touch = (fields: F[], forget: F[] = fields) => {
    setTouched((current) => ({ ...current, ...Object.fromEntries(fields.map((f) => [f, true])) }));
    setServer((current) => {
      const rest = { ...current };
      for (const field of forget) delete rest[field];
      return rest;
    });
  };

  const reset = () => {
    setTouched({});
    setAttempted(false);
    setServer({});
  };

  return {
    errors,
    /** What the server said, by field (until each field changes). */
    server,
    touch,
    /** A save was tried: show every rule's message from now on; false (and say so) if any fails. */
    attempt: () => {
      setAttempted(true);
      if (Object.keys(rules).length === 0) return true;
      void Taro.showToast({ title: '请先改正标红的内容', icon: 'none' });
      return false;
    },
    setServer,
    reset,
  };
}
