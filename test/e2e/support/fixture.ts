import type { Browser } from 'playwright-core';
import { startRealServer, type RealServer } from '../../support/real-server';
import { launchBrowser } from './browser';

/** Every e2e file: the real server with a fresh database and one Chromium, for the whole file. */
export function e2eFixture() {
  const fixture = {} as { server: RealServer; browser: Browser };
  beforeAll(async () => {
    fixture.server = await startRealServer();
    fixture.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}
