/** 放心消费示范单位: what the contract, the review form and the application form share. */

/** Levels of a title, lowest first. */
export const MODEL_UNIT_LEVELS = ['县级', '市级', '省级'] as const;

/** Text lengths (code points) of an application. */
export const MODEL_UNIT_LIMITS = {
  note: 500,
} as const;
