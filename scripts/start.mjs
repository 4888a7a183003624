// npm start: build the mini-program once if its output is missing, then run the API server,
// which serves the H5 build and the API on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

for (const [type, marker] of [
  ['h5', 'dist/h5/index.html'],
  ['weapp', 'dist/weapp/app.json'],
]) {
  if (existsSync(marker)) continue;
  console.log(`首次启动：正在构建 ${type}（约半分钟）…`);
  const build = spawnSync('npx', ['--no-install', 'taro', 'build', '--type', type], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['--no-install', 'tsx', 'server/src/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
