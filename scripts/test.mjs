// The one test command: lint, typecheck, production builds, then every Jest layer.
// Usage: npm test [-- --skip-build]   (extra arguments after the flags go to Jest)
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const jestArgs = args.filter((arg) => arg !== '--skip-build');

function step(title, command, commandArgs, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

step('lint', 'npx', ['--no-install', 'eslint', '.']);
step('format check', 'npx', ['--no-install', 'prettier', '--check', '.']);
step('typecheck app', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
step('typecheck server', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'server/tsconfig.json']);
if (!skipBuild) {
  const production = { NODE_ENV: 'production' };
  step('build weapp', 'npx', ['--no-install', 'taro', 'build', '--type', 'weapp'], production);
  step('build h5', 'npx', ['--no-install', 'taro', 'build', '--type', 'h5'], production);
}
step('jest: unit, server, client, weapp, e2e', 'npx', [
  '--no-install',
  'jest',
  '--ci',
  '--reporters=default',
  '--reporters=<rootDir>/scripts/layer-reporter.js',
  ...jestArgs,
]);
