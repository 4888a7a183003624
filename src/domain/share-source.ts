/**
 * The visit source of a shared link: `sa.<id>` (an advisory) or `st.<id>` (a tip). Short because
 * a weapp code's scene holds at most 32 characters. Here rather than in types/api because the
 * mini-program needs the value at run time (types/api is TypeBox, compiled for the server only).
 */
export const SHARE_SOURCE = { advisory: 'sa', tip: 'st' } as const;
