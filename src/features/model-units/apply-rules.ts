import type { ApplyModelUnitBody } from '@api/model-units';
import type { Region } from '@api/region';
import type { StoredPhoto } from '@/components/photo-grid';
import { MODEL_UNIT_LIMITS } from '@/domain/model-unit-vocabulary';
import { textLength } from '@/domain/text-length';
import { MAX_PHOTOS } from '@/domain/upload-limits';

/** The form's counters show the contract's bounds. */
export { MAX_PHOTOS };
export const MAX_NOTE = MODEL_UNIT_LIMITS.note;

/** What 申请示范单位 keeps in its draft (one draft per merchant). */
export interface ApplyDraft {
  category: string;
  /** The checklist items the applicant claims to meet. */
  checked: string[];
  note: string;
  photos: StoredPhoto[];
}

export const EMPTY_APPLY_DRAFT: ApplyDraft = { category: '', checked: [], note: '', photos: [] };

export type ApplyField = 'category' | 'checklist' | 'note' | 'photos';
export type ApplyErrors = Partial<Record<ApplyField, string>>;

type ModelUnitProfile = Region['modelUnit'];

/** ApplyModelUnitBody's rules against the county's categories. */
export function validateApply(draft: ApplyDraft, profile: ModelUnitProfile): ApplyErrors {
  const errors: ApplyErrors = {};
  if (!draft.category) errors.category = '请选择申报类别';
  else if (!profile.categories.some((category) => category.name === draft.category))
    errors.category = '该类别已不在列表中，请重新选择';
  if (textLength(draft.note) > MAX_NOTE) errors.note = `补充说明最多${MAX_NOTE}字`;
  if (draft.photos.length > MAX_PHOTOS) errors.photos = `照片最多${MAX_PHOTOS}张`;
  return errors;
}

/** Checklist items the applicant did not tick (allowed, but worth a second look). */
export const uncheckedItems = (draft: ApplyDraft, profile: ModelUnitProfile) =>
  profile.checklist.filter((item) => !draft.checked.includes(item));

/** Every checklist item is sent, ticked or not: the unticked ones are part of the answer. */
export function toApplyBody(
  merchantId: string,
  draft: ApplyDraft,
  profile: ModelUnitProfile,
): ApplyModelUnitBody {
  return {
    merchantId,
    category: draft.category,
    checklist: profile.checklist.map((item) => ({ item, checked: draft.checked.includes(item) })),
    note: draft.note.trim() || undefined,
    photos: draft.photos.map((photo) => photo.id),
  };
}
