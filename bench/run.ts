/**
 * `npm run bench [-- --quick] [suite…]`: runs the suites in order and prints one report — a table
 * or two per suite, then a summary. Figures are ratios against a baseline measured in the same run,
 * next to the absolute numbers; nothing here passes or fails on time. Progress goes to stderr,
 * the report to stdout. Every server process started is stopped at the end, also on error and
 * on Ctrl-C.
 */
import os from 'node:os';
import path from 'node:path';
import { complaintsSuite } from './complaints';
import { contentSuite } from './content';
import { crashSuite } from './crash';
import { disclosureSuite } from './disclosure';
import { fuzzSuite } from './fuzz';
import { quizSuite } from './quiz';
import { reportsSuite } from './reports';
import { httpSuite } from './http';
import { lawSuite } from './law';
import { lighthouseSuite } from './lighthouse';
import { merchantsSuite } from './merchants';
import { sizesSuite } from './sizes';
import type { BenchContext, Suite } from './suite';
import type { ServerProcess } from '../test/support/server-process';
import { stopAllServers } from '../test/support/server-process';
import { startApiServer, startBareServer } from './support/servers';
import { renderTable } from './support/table';

/** In the order they run. A new suite: one file exporting a Suite, and one line here. */
const SUITES: Suite[] = [
  httpSuite,
  merchantsSuite,
  contentSuite,
  disclosureSuite,
  reportsSuite,
  complaintsSuite,
  quizSuite,
  lawSuite,
  crashSuite,
  fuzzSuite,
  sizesSuite,
  lighthouseSuite,
];

const ROOT = path.resolve(__dirname, '..');

const USAGE = `usage: npm run bench [-- [--quick] [${SUITES.map((s) => s.name).join('|')} …]]
  --quick   short runs (a smoke test; rougher figures)
  suites    run only these (default: all, in order)
${SUITES.map((s) => `  ${s.name.padEnd(8)}  ${s.description}`).join('\n')}`;

function parseArgs(args: string[]): { quick: boolean; suites: Suite[] } | string {
  const flags = args.filter((a) => a.startsWith('-'));
  const names = args.filter((a) => !a.startsWith('-'));
  const unknownFlag = flags.find((f) => f !== '--quick');
  if (unknownFlag) return `unknown option ${unknownFlag}`;
  const unknownName = names.find((n) => !SUITES.some((s) => s.name === n));
  if (unknownName) return `unknown suite "${unknownName}"`;
  return {
    quick: flags.includes('--quick'),
    suites: names.length ? SUITES.filter((s) => names.includes(s.name)) : SUITES,
  };
}

/** Starts a server on first use; later calls get the same one. */
function once(start: () => Promise<ServerProcess>): () => Promise<ServerProcess> {
  let started: Promise<ServerProcess> | undefined;
  return () => (started ??= start());
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }

  const started = Date.now();
  const ctx: BenchContext = {
    root: ROOT,
    quick: parsed.quick,
    timing: parsed.quick
      ? { warmupSeconds: 0.5, measureSeconds: 1 }
      : { warmupSeconds: 1, measureSeconds: 5 },
    apiServer: once(() => startApiServer(ROOT)),
    bareServer: once(() => startBareServer(ROOT)),
    progress: (line) => console.error(`… ${line}`),
  };

  console.log(
    [
      `放心消费 benchmarks — ${parsed.quick ? 'quick (smoke run)' : 'full'}, ${new Date().toISOString()}`,
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? '?'}), ${os.platform()}`,
      `suites: ${parsed.suites.map((s) => s.name).join(', ')}`,
    ].join('\n'),
  );

  const summary: string[] = [];
  try {
    for (const suite of parsed.suites) {
      const suiteStarted = Date.now();
      const result = await suite.run(ctx);
      const seconds = ((Date.now() - suiteStarted) / 1000).toFixed(1);
      console.log(`\n== ${suite.name}: ${suite.description} (${seconds}s)\n`);
      console.log(result.tables.map(renderTable).join('\n\n'));
      summary.push(...result.summary.map((line) => `${suite.name}: ${line}`));
    }
  } finally {
    await stopAllServers();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n== summary (${seconds}s)\n${summary.map((line) => `  ${line}`).join('\n')}`);
  return 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers…`);
    void stopAllServers().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    await stopAllServers();
    process.exit(1);
  },
);
