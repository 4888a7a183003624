import fs from 'node:fs';
import path from 'node:path';
import { questions } from '../../server/src/features/quiz/bank/questions';
import { WEAPP_ROOT } from './support/taro-simulate';

const H5_ROOT = path.resolve(WEAPP_ROOT, '../h5');

function scriptsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scriptsUnder(full);
    return /\.(js|json|wxml)$/.test(entry.name) ? [full] : [];
  });
}

/** A string as it may appear in a bundle: as is, or with its non-ASCII characters escaped. */
const forms = (text: string) => [
  text,
  text.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
];

test.each([
  ['weapp', WEAPP_ROOT],
  ['h5', H5_ROOT],
])('the %s build carries no answer key: no explanation of the bank is in it', (_name, root) => {
  const bundle = scriptsUnder(root)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  expect(bundle.length).toBeGreaterThan(100_000);
  // The answers travel with the explanations in the bank; a bundled bank would show them.
  const leaked = questions.filter((q) =>
    forms(q.explanation.slice(0, 18)).some((form) => bundle.includes(form)),
  );
  expect(leaked.map((q) => q.id)).toEqual([]);
  // The quiz pages themselves are there (the check looked at the right files).
  expect(forms('全部选对才得分').some((form) => bundle.includes(form))).toBe(true);
});
