import { cachedQrCode } from '../../server/src/wechat/qr-cache';

describe('cachedQrCode', () => {
  it('makes a code once per key; a failure is not remembered', async () => {
    let made = 0;
    const make = async () => Buffer.from(`png-${++made}`);
    const a = await cachedQrCode('qr-test:a', make);
    const again = await cachedQrCode('qr-test:a', make);
    expect(again).toBe(a);
    expect(made).toBe(1);

    const failing = cachedQrCode('qr-test:b', () => Promise.reject(new Error('wxacode quota')));
    await expect(failing).rejects.toThrow('wxacode quota');
    await new Promise((resolve) => setImmediate(resolve));
    const retried = await cachedQrCode('qr-test:b', make);
    expect(retried.toString()).toBe('png-2');
  });

  it('keeps at most 1000 codes, dropping the least recently used', async () => {
    let made = 0;
    const make = async () => Buffer.from(String(++made));
    await cachedQrCode('qr-lru:0', make);
    for (let i = 1; i <= 1000; i++) {
      await cachedQrCode(`qr-lru:${i}`, make);
      // The first code stays in use, so it is never the oldest.
      if (i % 100 === 0) await cachedQrCode('qr-lru:0', make);
    }
    const before = made;
    await cachedQrCode('qr-lru:0', make);
    expect(made).toBe(before);
    await cachedQrCode('qr-lru:1', make);
    expect(made).toBe(before + 1);
  });
});
