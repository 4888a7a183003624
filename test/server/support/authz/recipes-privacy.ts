import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { get, post, type Recipe } from './recipe';

/** 隐私政策 and 用户协议 agreements: each caller's own, nothing of anyone else's to name. */
export const PRIVACY_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/privacy/consent': { requests: () => [get('/api/v1/privacy/consent')] },
  'POST /api/v1/privacy/consent': {
    requests: () => [
      post('/api/v1/privacy/consent', {
        privacyVersion: PRIVACY_VERSIONS.privacy,
        termsVersion: PRIVACY_VERSIONS.terms,
        channel: 'h5',
      }),
    ],
  },
};
