const KEY = /^[0-9a-f]{64}$/;

/** A sha256 in hex: the only shape a key may take (it becomes part of a path). */
export const isStorageKey = (key: string): boolean => KEY.test(key);

/** ab/cd/<key>: two directory levels keep each directory (or listing) small. */
export function keyPath(key: string): string {
  if (!isStorageKey(key)) throw new Error(`storage: not a sha256 key: ${key}`);
  return `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
}
