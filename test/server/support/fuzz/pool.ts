/** Ids, codes and cursors seen in answers, so later requests can name real objects. */
import type { IdPool } from './sample';

const KEEP_PER_BUCKET = 40;

export class HarvestPool implements IdPool {
  private names = new Map<string, string[]>();
  private segments = new Map<string, string[]>();

  /** `known`: the path segments ids are filed under (complaints, merchants, pledges…). */
  constructor(private readonly known: ReadonlySet<string> = new Set()) {}

  /** Values seen under this key; for `…Id`, also the ids of the matching path (merchants…). */
  byName(name: string): string[] {
    const own = this.names.get(name) ?? [];
    return /.Id$/.test(name) ? [...own, ...this.bySegment(segmentOf(name))] : own;
  }

  bySegment(segment: string): string[] {
    return this.segments.get(segment) ?? [];
  }

  /** Walk a JSON answer of a request to `url`: keep `id`, `…Id`, codes and cursors. */
  harvest(url: string, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    const segment = url.split('?')[0].split('/')[3] ?? '';
    this.walk(value, segment, 'id', 0);
  }

  private walk(value: unknown, segment: string, key: string, depth: number): void {
    if (depth > 6) return;
    if (typeof value === 'string') {
      if (value.length > 300) return;
      if (/(^id$|Id$|Code$|^nextCursor$|^trackingNo$)/.test(key)) {
        // An object's own `id` is filed under the path it came from (complaints, merchants…).
        const name = key === 'id' ? `${segment}:id` : key;
        add(this.names, name, value);
        if (key === 'id') add(this.segments, segment, value);
        else if (/Id$/.test(key)) add(this.segments, segmentOf(key), value);
      }
      return;
    }
    if (Array.isArray(value)) {
      // A list of names (`industries`, `towns`) gives values for the field in the singular.
      const name = singular(key);
      for (const v of value.slice(0, KEEP_PER_BUCKET)) {
        if (typeof v === 'string' && v.length <= 60 && !/Id$/.test(name)) add(this.names, name, v);
        this.walk(v, segment, name, depth + 1);
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        // Objects under `pledges` or `merchant` are pledges and merchants: their ids file there.
        const inner = this.known.has(k) ? k : this.known.has(`${k}s`) ? `${k}s` : segment;
        this.walk(v, inner, k, depth + 1);
      }
    }
  }
}

/** 'merchantId' → 'merchants', 'paperId' → 'quiz', 'questionId' → 'quiz'. */
function segmentOf(key: string): string {
  const base = key.replace(/Id$/, '');
  if (['paper', 'question', 'report'].includes(base)) return 'quiz';
  if (base === 'membership') return 'merchants';
  if (base === 'application' || base === 'modelUnit') return 'model-units';
  return `${base}s`;
}

/** What one item of an array is called: `towns` → `town`; evidence lists hold upload ids. */
const singular = (key: string) =>
  key === 'evidence' ? 'uploadId' : key.replace(/ies$/, 'y').replace(/s$/, '');

function add(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) {
    list.push(value);
    if (list.length > KEEP_PER_BUCKET) list.shift();
    map.set(key, list);
  }
}
