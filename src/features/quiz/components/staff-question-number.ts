/** Ids the server makes up for a new question (ULIDs, "01j…") mean nothing to a person. */
const GENERATED_ID = /^[0-9a-hjkmnp-tv-z]{26}$/;

/**
 * 题号 as staff know it: the id they chose (q001 from the built-in bank, fake-3c-01 from an
 * import); none for a question created in the app, which is known by its topic and stem.
 */
export function questionNumber(id: string): string | undefined {
  return GENERATED_ID.test(id) ? undefined : id;
}
