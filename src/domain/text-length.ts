/** A text's length as JSON Schema's minLength/maxLength count it: code points, trimmed. */
export const textLength = (text: string) => Array.from(text.trim()).length;

/** Inclusive length bounds of a text field, shared by a contract schema and its form. */
export interface LengthLimit {
  min: number;
  max: number;
}

/**
 * A required text's problem in the forms' words: `empty` when blank, else "<label>至少/最多N个字".
 */
export function lengthError(
  text: string,
  { min, max }: LengthLimit,
  names: { empty: string; label: string },
): string | undefined {
  const n = textLength(text);
  if (n === 0) return names.empty;
  if (n < min) return `${names.label}至少${min}个字`;
  if (n > max) return `${names.label}最多${max}个字`;
  return undefined;
}

/** A reason staff or a merchant gives (驳回, 撤销, 撤回): 2–500 characters. */
export const REASON_LIMIT = { min: 2, max: 500 } as const satisfies LengthLimit;
