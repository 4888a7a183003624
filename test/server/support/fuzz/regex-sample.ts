/**
 * A string matching a simple regular expression, for `pattern` in the contract: literals,
 * escapes (\d \w \s \. …), classes with ranges, groups with alternatives, and the quantifiers
 * ? * + {m} {m,n}. Enough for the patterns schemas use; anything else throws.
 */
import type { Rng } from './prng';

type Node =
  | { t: 'chars'; set: string[] }
  | { t: 'group'; alts: Node[][] }
  | { t: 'repeat'; node: Node; min: number; max: number };

const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
const ESCAPES: Record<string, string[]> = { d: DIGITS, w: WORD, s: [' '] };

export function sampleRegex(pattern: string, rng: Rng): string {
  let i = 0;
  const peek = () => pattern[i];

  function parseAlts(): Node[][] {
    const alts: Node[][] = [[]];
    while (i < pattern.length && peek() !== ')') {
      if (peek() === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = parseAtom();
      if (atom) alts[alts.length - 1].push(parseQuantifier(atom));
    }
    return alts;
  }

  function parseAtom(): Node | undefined {
    const c = pattern[i++];
    if (c === '^' || c === '$') return undefined;
    if (c === '(') {
      if (pattern.startsWith('?:', i)) i += 2;
      const alts = parseAlts();
      i++; // ')'
      return { t: 'group', alts };
    }
    if (c === '[') return { t: 'chars', set: parseClass() };
    if (c === '\\') {
      const e = pattern[i++];
      return { t: 'chars', set: ESCAPES[e] ?? [e] };
    }
    if (c === '.') return { t: 'chars', set: WORD };
    return { t: 'chars', set: [c] };
  }

  function parseClass(): string[] {
    const set: string[] = [];
    if (peek() === '^') throw new Error(`negated class in ${pattern}`);
    while (peek() !== ']') {
      let c = pattern[i++];
      if (c === '\\') {
        const e = pattern[i++];
        if (ESCAPES[e]) {
          set.push(...ESCAPES[e]);
          continue;
        }
        c = e;
      }
      if (peek() === '-' && pattern[i + 1] !== ']') {
        const to = pattern[i + 1];
        i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++)
          set.push(String.fromCharCode(code));
      } else set.push(c);
    }
    i++; // ']'
    return set;
  }

  function parseQuantifier(node: Node): Node {
    const c = peek();
    if (c === '?') return (i++, { t: 'repeat', node, min: 0, max: 1 });
    if (c === '*') return (i++, { t: 'repeat', node, min: 0, max: 4 });
    if (c === '+') return (i++, { t: 'repeat', node, min: 1, max: 5 });
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) throw new Error(`bad quantifier in ${pattern}`);
      i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] ? (m[3] ? Number(m[3]) : min + 5) : min;
      return { t: 'repeat', node, min, max: Math.min(max, min + 12) };
    }
    return node;
  }

  function emit(node: Node): string {
    if (node.t === 'chars') return rng.pick(node.set);
    if (node.t === 'group') return rng.pick(node.alts).map(emit).join('');
    let out = '';
    for (let n = rng.int(node.min, node.max); n > 0; n--) out += emit(node.node);
    return out;
  }

  const alts = parseAlts();
  return rng.pick(alts).map(emit).join('');
}
