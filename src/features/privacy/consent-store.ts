import { useEffect } from 'react';
import type { PrivacyConsentState } from '@api/privacy';
import { isCurrentAgreement, PRIVACY_VERSIONS } from '@/domain/privacy';
import { ApiError, request } from '@/services/request';
import { session, useSession } from '@/services/session';
import { storage } from '@/services/storage';
import { createStore, useStore } from '@/services/store';

/** What WeChat's onNeedPrivacyAuthorization resolve takes. */
export type WechatPrivacyAnswer =
  { event: 'exposureAuthorization' } | { event: 'agree'; buttonId: string } | { event: 'disagree' };
export type WechatPrivacyResolve = (answer: WechatPrivacyAnswer) => void;

/** The agreement as this device keeps it; syncedUser: the account the server has it for. */
export interface LocalAgreement {
  privacy: string;
  terms: string;
  agreedAt: string;
  syncedUser?: string;
}

interface PromptState {
  agreement: LocalAgreement | null;
  /** WeChat is waiting for an answer before a privacy API (location, photos, scan) goes on. */
  pending: WechatPrivacyResolve | null;
  /** 暂不: not asked again until the app starts again (a WeChat request still asks). */
  dismissed: boolean;
}

const STORAGE_KEY = 'fx.privacy';
export const AGREE_BUTTON_ID = 'privacy-agree';
const channel = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5';

const store = createStore<PromptState>({
  agreement: storage.get<LocalAgreement>(STORAGE_KEY) ?? null,
  pending: null,
  dismissed: false,
});

function update(patch: Partial<PromptState>) {
  store.set({ ...store.get(), ...patch });
  if ('agreement' in patch) storage.set(STORAGE_KEY, patch.agreement);
}

/** The listener app.ts registers with WeChat: our dialog answers for the page on screen. */
export function askForPrivacy(resolve: WechatPrivacyResolve) {
  // A second request while one waits: the newest one gets the answer, the older one is refused.
  store.get().pending?.({ event: 'disagree' });
  update({ pending: resolve });
  resolve({ event: 'exposureAuthorization' });
}

/** 同意: kept on the device at once, sent to the server when signed in (now or later). */
export function agreeToPrivacy() {
  const { pending } = store.get();
  update({
    agreement: { ...PRIVACY_VERSIONS, agreedAt: new Date().toISOString() },
    pending: null,
  });
  pending?.({ event: 'agree', buttonId: AGREE_BUTTON_ID });
  void syncPrivacyConsent();
}

/** 拒绝 / 暂不: WeChat's request fails (the feature says why); reading goes on. */
export function declinePrivacy() {
  const { pending } = store.get();
  update({ pending: null, dismissed: true });
  pending?.({ event: 'disagree' });
}

let syncing: Promise<void> | null = null;
/** Accounts whose agreement was asked for in this run of the app (once is enough). */
const checkedUsers = new Set<string>();

const consentPath = '/privacy/consent';

/** The server's answer as the device keeps it, or null when it holds nothing current. */
function fromServer(state: PrivacyConsentState, userId: string): LocalAgreement | null {
  const agreed = state.upToDate ? state.agreed : null;
  return agreed
    ? {
        privacy: agreed.privacyVersion,
        terms: agreed.termsVersion,
        agreedAt: agreed.agreedAt,
        syncedUser: userId,
      }
    : null;
}

async function sync(userId: string) {
  const local = store.get().agreement;
  const current = isCurrentAgreement(local);
  if (current && local?.syncedUser === userId) return;
  if (current && local && !local.syncedUser) {
    // Agreed on this device before signing in: recorded for the account now, with its time.
    const body = {
      privacyVersion: local.privacy,
      termsVersion: local.terms,
      channel,
      agreedAt: local.agreedAt,
    };
    const send = (data: object) =>
      request<PrivacyConsentState>(consentPath, { method: 'POST', data, toast: false });
    // A phone clock far off: the server records its own time instead.
    const state = await send(body).catch((error: unknown) => {
      if (error instanceof ApiError && error.fields?.agreedAt)
        return send({ ...body, agreedAt: undefined });
      throw error;
    });
    update({ agreement: fromServer(state, userId) });
    return;
  }
  // Nothing current here, or another account's: the server knows what this account agreed to.
  if (checkedUsers.has(userId)) return;
  checkedUsers.add(userId);
  const state = await request<PrivacyConsentState>(consentPath, { toast: false });
  const known = fromServer(state, userId);
  if (known || local?.syncedUser) update({ agreement: known ?? (current ? null : local) });
}

/**
 * A signed-in user's agreement lives on the server: send one made on this device, or take the
 * one made on another device. Quiet: a failure is retried the next time a page shows.
 */
export function syncPrivacyConsent(): Promise<void> {
  const user = session.user();
  const userId = user?.id;
  // Until a one-time password is changed the server answers nothing else (403): wait for it.
  if (!session.token() || !userId || user.mustChangePassword) return Promise.resolve();
  syncing ??= sync(userId)
    .catch(() => {
      checkedUsers.delete(userId);
    })
    .finally(() => {
      syncing = null;
    });
  return syncing;
}

/** Keeps the signed-in account's agreement in step with this device (我的, 关于). */
export function useSyncedPrivacyConsent() {
  const userId = useSession()?.user.id;
  useEffect(() => {
    if (userId) void syncPrivacyConsent();
  }, [userId]);
}

export function usePrivacyPrompt() {
  const state = useStore(store);
  const upToDate = isCurrentAgreement(state.agreement);
  return {
    agreement: state.agreement,
    upToDate,
    /** wechat: WeChat waits for an answer; ask: not agreed to what is current yet. */
    mode: state.pending ? 'wechat' : !upToDate && !state.dismissed ? 'ask' : null,
    /** An older version was agreed: say the texts changed. */
    updated: !!state.agreement && !upToDate,
  } as const;
}

/** For tests: forget everything (storage is reset by the test itself). */
export function resetPrivacyPrompt() {
  checkedUsers.clear();
  store.set({
    agreement: storage.get<LocalAgreement>(STORAGE_KEY) ?? null,
    pending: null,
    dismissed: false,
  });
}
