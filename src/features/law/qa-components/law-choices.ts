import { useEffect, useState } from 'react';
import { BUILTIN_LAWS } from '@/domain/law-vocabulary';
import { lawQaStaffApi } from '../staff-qa-api';
import type { LawChoice } from './citations-editor';

const BUILTIN: LawChoice[] = BUILTIN_LAWS.map(({ key, title }) => ({ key, title }));

/** The library's laws to cite (imported ones too); the built-in ones until it answers. */
export function useLawChoices(): LawChoice[] {
  const [laws, setLaws] = useState(BUILTIN);
  useEffect(() => {
    let alive = true;
    lawQaStaffApi
      .laws()
      .then((list) => alive && setLaws(list.items.map(({ key, title }) => ({ key, title }))))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return laws;
}
