/**
 * Safety-net suites (fuzz, authorization matrix, personal-data scan, crash durability) report
 * what they covered — requests sent, cells checked, strings scanned, rounds run — through this
 * file; scripts/layer-reporter.js prints every line under the per-layer counts. Jest runs test
 * files in worker processes, so the lines go to a file (one append per line) instead of stdout.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIGURES_FILE = join(__dirname, '..', '..', 'test-results', 'figures.txt');

/** One line in the test summary, e.g. recordFigure('fuzz (sqlite)', '12,345 requests, 0 5xx'). */
export function recordFigure(suite: string, text: string): void {
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  appendFileSync(FIGURES_FILE, `${suite}: ${text}\n`);
}
