/** Photos one complaint, complaint message or model-unit application may carry. */
export const MAX_PHOTOS = 9;
