import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { Env } from './config';

/**
 * The process environment with a `.env` file underneath it: variables already set in the
 * environment win, so `PORT=4000 npm start` overrides the file. Used by main and the CLI only;
 * tests build their config explicitly.
 */
export function environmentWithDotEnv(file = '.env', env: Env = process.env): Env {
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}
