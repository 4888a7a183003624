import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentWithDotEnv } from '../../server/src/dotenv';

describe('.env file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fx-dotenv-'));
  const file = join(dir, '.env');
  writeFileSync(file, '# comment\nPORT=4000\nLOG_LEVEL=debug\nJWT_TTL="12h"\n');

  test('fills in variables the environment does not set', () => {
    expect(environmentWithDotEnv(file, { NODE_ENV: 'test' })).toEqual({
      NODE_ENV: 'test',
      PORT: '4000',
      LOG_LEVEL: 'debug',
      JWT_TTL: '12h',
    });
  });

  test('the environment wins over the file', () => {
    expect(environmentWithDotEnv(file, { PORT: '5000' }).PORT).toBe('5000');
  });

  test('no file: the environment as is', () => {
    const env = { PORT: '1' };
    expect(environmentWithDotEnv(join(dir, 'missing.env'), env)).toBe(env);
  });
});
