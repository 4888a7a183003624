import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { ApiError, request } from '@/services/request';
import { session } from '@/services/session';

const requestMock = Taro.request as unknown as jest.Mock;
const headersOf = (call: number) =>
  requestMock.mock.calls[call][0].header as Record<string, string>;

beforeEach(() => {
  taroTest.reset();
  session.reload();
});

describe('request()', () => {
  test('sends the stored bearer token to the /api/v1 base', async () => {
    session.save({
      token: 'token-123',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: 'u1', role: 'consumer', nickname: '微信用户' },
    });
    fakeApi({ 'GET /me': ok({ id: 'u1' }) });
    await request('/me');
    expect(requestMock.mock.calls[0][0].url).toBe('/api/v1/me');
    expect(headersOf(0).Authorization).toBe('Bearer token-123');
  });

  test('never an empty JSON body (the server refuses one): {} for POST, no body for DELETE', async () => {
    fakeApi({
      'POST /messages/read-all': ok({}),
      'DELETE /quiz/mistakes/q1': ok(undefined),
      'GET /me': ok({}),
    });
    await request('/messages/read-all', { method: 'POST' });
    await request('/quiz/mistakes/q1', { method: 'DELETE' });
    await request('/me');
    expect(requestMock.mock.calls[0][0].data).toEqual({});
    expect(headersOf(0)['Content-Type']).toBe('application/json');
    for (const call of [1, 2]) {
      expect(requestMock.mock.calls[call][0].data).toBeUndefined();
      expect(headersOf(call)['Content-Type']).toBeUndefined();
    }
  });

  test('an expired saved session is not used', async () => {
    session.save({
      token: 'old',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
      user: { id: 'u1', role: 'consumer', nickname: 'x' },
    });
    session.reload();
    fakeApi({ 'GET /me': ok({}) });
    await request('/me');
    expect(headersOf(0).Authorization).toBeUndefined();
  });

  test('the server message becomes a toast and an ApiError with fields', async () => {
    fakeApi({
      'POST /auth/staff': {
        statusCode: 400,
        data: {
          code: 'VALIDATION_FAILED',
          message: '密码至少8个字符',
          fields: { password: '至少8个字符' },
        },
      },
    });
    const failure = await request('/auth/staff', { method: 'POST', data: {} }).catch((e) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { password: '至少8个字符' },
    });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '密码至少8个字符' }),
    );
    expect(requestMock).toHaveBeenCalledTimes(1); // 400 is not retried
  });

  test('creating requests carry one Idempotency-Key, reused by every retry', async () => {
    fakeApi({
      'POST /event/visits': [
        new Error('timeout'),
        fail(503, 'BUSY', '繁忙'),
        { statusCode: 201, data: { id: 'v1' } },
      ],
    });
    await expect(
      request('/event/visits', { method: 'POST', data: { source: 'square' } }),
    ).resolves.toEqual({ id: 'v1' });
    expect(requestMock).toHaveBeenCalledTimes(3);
    const keys = [0, 1, 2].map((call) => headersOf(call)['Idempotency-Key']);
    expect(keys[0]).toMatch(/.{16,}/);
    expect(new Set(keys).size).toBe(1);
  });

  test('a caller-supplied key is used as is; GET has none', async () => {
    fakeApi({ 'POST /things': ok({}), 'GET /things': ok([]) });
    await request('/things', { method: 'POST', idempotencyKey: 'draft-42' });
    await request('/things', { query: { q: '超市', empty: '', page: 2 } });
    expect(headersOf(0)['Idempotency-Key']).toBe('draft-42');
    expect(headersOf(1)['Idempotency-Key']).toBeUndefined();
    expect(requestMock.mock.calls[1][0].url).toBe('/api/v1/things?q=%E8%B6%85%E5%B8%82&page=2');
  });

  test('gives up after the retries with a network message', async () => {
    fakeApi({ 'GET /region': new Error('request:fail') });
    await expect(request('/region', { toast: false, retries: 1 })).rejects.toMatchObject({
      code: 'NETWORK',
    });
    expect(requestMock).toHaveBeenCalledTimes(2);
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  test('a 401 clears the saved session', async () => {
    session.save({
      token: 'revoked',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: 'u1', role: 'consumer', nickname: 'x' },
    });
    fakeApi({ 'GET /me': fail(401, 'UNAUTHORIZED', '请先登录') });
    await expect(request('/me', { toast: false })).rejects.toMatchObject({ status: 401 });
    expect(session.token()).toBeUndefined();
  });
});
