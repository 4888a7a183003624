import { useEffect, useState } from 'react';
import type { ArticleDetail } from '@api/law';
import { ApiError } from '@/services/request';
import { lawQaStaffApi } from '../staff-qa-api';

/** What the library says about one cited article. */
export type ArticleCheck =
  | { state: 'loading' }
  | { state: 'found'; detail: ArticleDetail }
  | { state: 'missing' }
  | { state: 'failed'; message: string };

// One look-up per article while the app runs: the editor and the review page ask often.
const known = new Map<string, Promise<ArticleCheck>>();

const keyOf = (law: string, no: number) => `${law}#${no}`;

/** The article, or 'missing' (404 本条未收录), or why it could not be checked now. */
export function checkArticle(law: string, no: number): Promise<ArticleCheck> {
  const key = keyOf(law, no);
  const cached = known.get(key);
  if (cached) return cached;
  const pending = lawQaStaffApi.article(law, no).then(
    (detail): ArticleCheck => ({ state: 'found', detail }),
    (caught): ArticleCheck => {
      known.delete(key); // a failure is asked again next time
      if (caught instanceof ApiError && caught.status === 404) return { state: 'missing' };
      return {
        state: 'failed',
        message: caught instanceof ApiError ? caught.message : '暂时无法核对',
      };
    },
  );
  known.set(key, pending);
  return pending;
}

/** Forget every look-up (tests; a law imported meanwhile). */
export const forgetArticleChecks = () => known.clear();

/** The checks of several articles by `law#no`, filled in as each answer comes. */
export function useArticleChecks(refs: ReadonlyArray<{ law: string; no: number | undefined }>) {
  const wanted = refs
    .filter((ref): ref is { law: string; no: number } => Boolean(ref.law) && ref.no !== undefined)
    .map((ref) => keyOf(ref.law, ref.no));
  const signature = wanted.join(',');
  const [checks, setChecks] = useState<Record<string, ArticleCheck>>({});
  useEffect(() => {
    let alive = true;
    // A short pause while the number is being typed.
    const timer = setTimeout(() => {
      for (const key of signature ? signature.split(',') : []) {
        const [law, no] = key.split('#');
        setChecks((current) =>
          current[key] ? current : { ...current, [key]: { state: 'loading' } },
        );
        void checkArticle(law, Number(no)).then((check) => {
          if (alive) setChecks((current) => ({ ...current, [key]: check }));
        });
      }
    }, 300);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [signature]);
  return (law: string, no: number | undefined): ArticleCheck | undefined =>
    no === undefined ? undefined : checks[keyOf(law, no)];
}
