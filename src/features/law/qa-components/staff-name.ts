import type { StaffQa } from '@api/law';

/** A staff member as the record shows them; the reader's own name is marked （我）. */
export const staffName = (id: string | undefined, name: string, me: string | undefined) =>
  id !== undefined && id === me ? `${name}（我）` : name;

/** 系统预置 for the cards that ship with the app (no author), else who wrote it. */
export const authorLine = (qa: StaffQa, me: string | undefined) =>
  qa.authorId ? `${staffName(qa.authorId, qa.authorName, me)}撰写` : qa.authorName || '系统预置';
