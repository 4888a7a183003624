import { useCallback, useEffect, useState } from 'react';
import type { Checkin } from '@api/law';
import { CHECKIN_CODE_PATTERN } from '@/domain/law-vocabulary';
import { ApiError } from '@/services/request';
import { sessionsApi } from '../../sessions-api';
import { deviceId } from '../../session-components/device-id';

/**
 * The check-in code a page was opened with: ?c=CODE (a link), or the weapp code's scene
 * "c=CODE" (URL-encoded by WeChat). Upper-cased: a code typed by hand is still found.
 */
export function checkinCodeOf(params: Partial<Record<string, string>>): string | undefined {
  const scene = params.scene ? decodeURIComponent(params.scene) : '';
  const fromScene = /(?:^|&)c=([^&]+)/.exec(scene)?.[1];
  const code = (params.c ?? fromScene ?? '').trim().toUpperCase();
  return code ? code : undefined;
}

export const isCheckinCode = (code: string) => new RegExp(CHECKIN_CODE_PATTERN).test(code);

type State =
  | { step: 'checking' }
  | { step: 'done'; checkin: Checkin }
  | { step: 'failed'; message: string; retry: boolean };

/** Checks in on opening (signed in or with this phone's id); scanning again is the same check-in. */
export function useCheckin(code: string | undefined) {
  const [state, setState] = useState<State>({ step: 'checking' });

  const checkIn = useCallback(async () => {
    if (!code || !isCheckinCode(code)) {
      setState({ step: 'failed', message: '签到码无效，请重新扫描现场的签到二维码', retry: false });
      return;
    }
    setState({ step: 'checking' });
    try {
      const checkin = await sessionsApi.checkIn({ code, deviceId: deviceId() });
      setState({ step: 'done', checkin });
    } catch (caught) {
      const network = !(caught instanceof ApiError) || caught.status === 0;
      setState({
        step: 'failed',
        message: caught instanceof ApiError ? caught.message : '签到失败，请稍后再试',
        retry: network || (caught instanceof ApiError && caught.status >= 500),
      });
    }
  }, [code]);

  useEffect(() => {
    void checkIn();
  }, [checkIn]);

  return { state, retry: () => void checkIn() };
}
