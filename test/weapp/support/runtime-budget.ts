/**
 * WeChat's 体验评分 audits as numbers the weapp tests can check: each setData's payload, and the
 * page's WXML node count and depth (every element node counts, as WeChat counts them).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SETDATA_LIMIT_BYTES = 256 * 1024;
export const WXML_NODE_LIMIT = 1000;
/** WeChat's audit asks for a depth below 30. */
export const WXML_DEPTH_LIMIT = 30;

/** Where the runtime-budget test leaves its per-page figures for `npm run bench`. */
export const BUDGET_FIGURES_FILE = path.resolve(
  __dirname,
  '../../../test-results/weapp-budgets.json',
);

export interface WxmlFigures {
  nodes: number;
  depth: number;
}

/** Element nodes under a rendered page's root, and how deep they nest (the root's children: 1). */
export function wxmlFigures(root: Element): WxmlFigures {
  let nodes = 0;
  let depth = 0;
  const walk = (element: Element, level: number) => {
    for (const child of Array.from(element.children)) {
      nodes += 1;
      depth = Math.max(depth, level);
      walk(child, level + 1);
    }
  };
  walk(root, 1);
  return { nodes, depth };
}

export interface PageFigures {
  route: string;
  /** Who saw it: staff-only pages are measured again as staff. */
  role: 'consumer' | 'staff';
  /** The largest single setData, first render or interaction. */
  maxSetDataBytes: number;
  /** Everything the first render sent to the view layer. */
  firstRenderBytes: number;
  setDataCalls: number;
  /** The largest tree the page showed across its first render and interactions. */
  nodes: number;
  depth: number;
  interactions: string[];
}

export function writeBudgetFigures(pages: PageFigures[]) {
  fs.mkdirSync(path.dirname(BUDGET_FIGURES_FILE), { recursive: true });
  const limits = {
    setDataBytes: SETDATA_LIMIT_BYTES,
    wxmlNodes: WXML_NODE_LIMIT,
    wxmlDepthBelow: WXML_DEPTH_LIMIT,
  };
  fs.writeFileSync(BUDGET_FIGURES_FILE, `${JSON.stringify({ limits, pages }, null, 2)}\n`);
}
