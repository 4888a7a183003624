// The one test command: lint, typecheck, production builds, then every Jest layer.
// Usage: npm test [-- --skip-build]   (extra arguments go to both Jest processes)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
// Jest gives a 2-core machine one worker, and the machine idled at half its CPU: the layers run
// in two Jest processes side by side, the second one's output kept in a file and printed when it
// ends so the two never interleave. One summary at the end covers both. The split balances what
// CI measured (one worker each): server on SQLite and PostgreSQL ~1,000 s; e2e ~680 s, client
// ~125 s and weapp ~75 s beside them (e2e alone there left the first process 9 minutes alone).
await jestLayers(jestArgs);

async function jestLayers(extraArgs) {
  const results = join('test-results');
  mkdirSync(results, { recursive: true });
  rmSync(join(results, 'figures.txt'), { force: true });
  console.log('\n▶ jest: unit, server, server-postgres | e2e, client, weapp beside them');
  const started = Date.now();
  const jest = (projects, summary, stdio) =>
    spawn(
      'npx',
      [
        '--no-install',
        'jest',
        '--ci',
        '--reporters=default',
        '--reporters=<rootDir>/scripts/layer-reporter.js',
        // A path filter may leave one of the two processes nothing to run.
        '--passWithNoTests',
        // Last: --selectProjects and --ignoreProjects take every word after them.
        ...extraArgs,
        ...projects,
      ],
      { stdio, env: { ...process.env, FX_LAYER_SUMMARY: join(results, summary) } },
    );
  const besideLayers = ['e2e', 'client', 'weapp'];
  const besideLog = join(results, 'beside.log');
  const besideOut = openSync(besideLog, 'w');
  const browser = jest(['--selectProjects', ...besideLayers], 'layers-beside.json', [
    'ignore',
    besideOut,
    besideOut,
  ]);
  const others = jest(['--ignoreProjects', ...besideLayers], 'layers-others.json', 'inherit');
  const [othersCode, browserCode] = await Promise.all([exitOf(others), exitOf(browser)]);
  console.log(`\n▶ ${besideLayers.join(', ')} (ran beside the layers above)`);
  process.stdout.write(readFileSync(besideLog, 'utf8'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passedAll = printSummary(results, ['layers-others.json', 'layers-beside.json']);
  if (othersCode !== 0 || browserCode !== 0 || !passedAll) {
    console.error(`✖ jest failed after ${seconds}s`);
    process.exit(1);
  }
  console.log(`✔ jest: unit, server, client, weapp, e2e (${seconds}s)`);
}

function exitOf(child) {
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** Both processes' per-layer counts, the safety nets' figures and the closing line CI reads. */
function printSummary(results, files) {
  let passed = 0;
  let failed = 0;
  console.log('\nTests per layer (both processes):');
  for (const file of files) {
    const path = join(results, file);
    if (!existsSync(path)) {
      console.log(`  ${file}: no summary (the process did not finish)`);
      failed += 1;
      continue;
    }
    for (const layer of JSON.parse(readFileSync(path, 'utf8'))) {
      passed += layer.passed;
      failed += layer.failed;
      console.log(
        `  ${layer.name.padEnd(16)} ${String(layer.passed).padStart(4)} passed, ${layer.failed} failed (${layer.files} files)`,
      );
    }
  }
  const figures = join(results, 'figures.txt');
  const lines = existsSync(figures) ? readFileSync(figures, 'utf8').trim() : '';
  if (lines) {
    console.log('\nSafety nets:');
    for (const line of lines.split('\n').sort()) console.log(`  ${line}`);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0;
}
