import { readFileSync, statSync } from 'node:fs';

/**
 * A value derived from a file of the H5 build, derived again when the file changes (the build
 * may run while the server is up). Looks at the file at most once a second while it is there, and
 * on every call while it is missing (derived from `undefined`), so a first build shows at once.
 */
export function watchedFile<T>(file: string, derive: (content?: string) => T): () => T {
  let value = derive(undefined);
  let seenMtime = -1;
  let checkedAt = 0;
  return () => {
    const now = Date.now();
    if (seenMtime >= 0 && now - checkedAt < 1000) return value;
    checkedAt = now;
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (mtime !== seenMtime) {
      seenMtime = mtime;
      value = derive(mtime < 0 ? undefined : readFileSync(file, 'utf8'));
    }
    return value;
  };
}
