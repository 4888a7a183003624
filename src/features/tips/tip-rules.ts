import type { TipBody } from '@api/tips';
import type { StoredPhoto } from '@/components/photo-grid';
import { TIP_LIMITS } from '@/domain/tip-vocabulary';
import { lengthError } from '@/domain/text-length';

/** 写小贴士 as the phone keeps it until the server accepted it. */
export interface TipDraft {
  title: string;
  body: string;
  category: string;
  photos: StoredPhoto[];
}

export const EMPTY_TIP_DRAFT: TipDraft = { title: '', body: '', category: '', photos: [] };

export type TipField = 'title' | 'body' | 'category' | 'photos';
export type TipErrors = Partial<Record<TipField, string>>;

/** The contract's rules in the form's words, by field. */
export function validateTip(draft: TipDraft): TipErrors {
  const errors: TipErrors = {};
  const title = lengthError(draft.title, TIP_LIMITS.title, { empty: '请填写标题', label: '标题' });
  if (title) errors.title = title;
  const body = lengthError(draft.body, TIP_LIMITS.body, { empty: '请填写正文', label: '正文' });
  if (body) errors.body = body;
  if (!draft.category) errors.category = '请选择分类';
  if (draft.photos.length > TIP_LIMITS.photos) {
    errors.photos = `最多${TIP_LIMITS.photos}张图片`;
  }
  return errors;
}

export const toTipBody = (draft: TipDraft): TipBody => ({
  title: draft.title.trim(),
  body: draft.body.trim(),
  category: draft.category,
  ...(draft.photos.length > 0 && { photos: draft.photos.map((photo) => photo.id) }),
});

/** The server's field paths ("title", "photos.1") → the form's field. */
export function fieldOfServerPath(path: string): TipField | undefined {
  const head = path.split(/[./[]/).find(Boolean);
  return (['title', 'body', 'category', 'photos'] as const).find((field) => field === head);
}
