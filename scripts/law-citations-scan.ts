import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { findCitations, lawNameTable } from '../src/domain/law-citations';
import { BUILTIN_LAWS } from '../src/domain/law-vocabulary';
import { advisoryRoutes } from '../src/features/advisories/routes';
import { calendarRoutes } from '../src/features/calendar/routes';
import { campaignRoutes } from '../src/features/campaigns/routes';
import { complaintRoutes } from '../src/features/complaints/routes';
import { disclosureRoutes } from '../src/features/disclosure/routes';
import { favoriteRoutes } from '../src/features/favorites/routes';
import { merchantRoutes } from '../src/features/merchants/routes';
import { messageRoutes } from '../src/features/messages/routes';
import { pledgeRoutes } from '../src/features/pledges/routes';
import { privacyRoutes } from '../src/features/privacy/routes';
import { quizRoutes } from '../src/features/quiz/routes';
import { reportRoutes } from '../src/features/reports/routes';
import { toolRoutes } from '../src/features/tools/routes';

/**
 * Issue 17: every citation of a law in the app's own code (its screens' texts, its rules and the
 * comments that give a rule's footing) — found with findCitations, the finder the screens use.
 * `npm run law:citations` writes the index the article page lists under 本条在本应用中的使用
 * (server/src/features/law/app-citations.json); test/server/law-citations-resolve.test.ts checks
 * that every citation names an article the library has and that the index is fresh.
 */

export const ROOT = join(__dirname, '..');
export const INDEX_FILE = join(ROOT, 'server/src/features/law/app-citations.json');

/** Where the app's code lives; tests live in test/ and are not scanned. */
const SCANNED = ['src', 'server/src'];
/** The law texts themselves are the library, not a use of it. */
const NOT_CODE = ['server/src/features/law/texts'];

/** One feature as the article page names it, and the page that opens it. */
export interface AppPlace {
  label: string;
  path?: string;
}

/** Feature folder (src/features/<f>, server/src/features/<f>) → how a citation there is shown. */
const FEATURE_PLACES: Record<string, AppPlace> = {
  complaints: { label: '投诉处理', path: complaintRoutes.new() },
  reports: { label: '举报', path: reportRoutes.create() },
  pledges: { label: '线下无理由退货承诺与倡议', path: pledgeRoutes.wall },
  advisories: { label: '消费提示与警示', path: advisoryRoutes.list },
  tips: { label: '消费小贴士', path: advisoryRoutes.tipsTab },
  disclosure: { label: '投诉信息公示', path: disclosureRoutes.list },
  campaigns: { label: '专项整治', path: campaignRoutes.list },
  privacy: { label: '个人信息保护', path: privacyRoutes.policy },
  calendar: { label: '节假日与工作日', path: calendarRoutes.index },
  merchants: { label: '商家入驻', path: merchantRoutes.register },
  'model-units': { label: '放心消费示范单位' },
  quiz: { label: '识假辨假答题', path: quizRoutes.landing },
  messages: { label: '消息通知', path: messageRoutes.index },
  tools: { label: '查询工具', path: toolRoutes.index },
  favorites: { label: '我的收藏', path: favoriteRoutes.list },
  auth: { label: '登录' },
};

/** Shared code outside a feature folder: the feature whose rule it is. */
const SHARED_FILES: Array<[RegExp, string]> = [
  [/^src\/domain\/(advisory|advisories)[-.]/, 'advisories'],
  [/^src\/domain\/calendar[-.]/, 'calendar'],
  [/^src\/domain\/campaign[-.]/, 'campaigns'],
  [/^src\/domain\/(complaint|refusal|mediation|deadline)[^/]*\.ts$/, 'complaints'],
  [/^src\/domain\/disclosure[-.]/, 'disclosure'],
  [/^src\/domain\/pledge[-.]/, 'pledges'],
  [/^src\/domain\/report[-.]/, 'reports'],
  [/^src\/domain\/quiz[-.]/, 'quiz'],
  [/^src\/domain\/(merchant|badge)[-.]/, 'merchants'],
  [/^src\/domain\/model-unit[-.]/, 'model-units'],
  [/^src\/domain\/(masking|free-text-masking|privacy[-.])/, 'privacy'],
  [/^server\/src\/crypto\//, 'privacy'],
];

/**
 * Not uses of a law: the library itself (its finder's examples, its pages and 问答 cards, which
 * the article page lists from the database) and the database's own files (migrations and schema
 * repeat the features' rules in their comments).
 */
const NOT_USES = [
  /^src\/domain\/law-/,
  /^src\/features\/law\//,
  /^server\/src\/features\/law\//,
  /^server\/src\/db\//,
];

const NUMERAL = '[零一二三四五六七八九十百千]+';
/**
 * Comments write "消费者权益保护法 第二十五条" with a space, or break the line between the name
 * and the article; the screens never do. Closing the gap lets the finder read both.
 */
const GAP = new RegExp(
  `(?<=[法例定》])(?:[ \\t\\u3000]|\\r?\\n[ \\t]*(?:\\*(?!/)|//)?)+(?=第${NUMERAL}(?:至${NUMERAL})?条)`,
  'g',
);

/** The text with those gaps closed, and where each of its characters was in the original. */
export function closeGaps(text: string): { text: string; origin: (index: number) => number } {
  const cuts: Array<{ at: number; removed: number }> = [];
  let removed = 0;
  const closed = text.replace(GAP, (gap: string, offset: number) => {
    removed += gap.length;
    cuts.push({ at: offset + gap.length - removed, removed });
    return '';
  });
  const origin = (index: number) => {
    let shift = 0;
    for (const cut of cuts) if (cut.at <= index) shift = cut.removed;
    return index + shift;
  };
  return { text: closed, origin };
}

export interface CitationSite {
  /** Relative to the repository, with '/'. */
  file: string;
  line: number;
  /** The citation as written. */
  text: string;
  law: string;
  articles: number[];
}

/** A citation of a law the app does not know: it can never become a tap. */
export interface UnknownCitation {
  file: string;
  line: number;
  text: string;
  name: string;
}

export function codeFiles(root = ROOT, extension = /\.tsx?$/): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (NOT_CODE.some((skip) => rel === skip || rel.startsWith(`${skip}/`))) continue;
      if (entry.isDirectory()) walk(path);
      else if (extension.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)) {
        found.push(rel);
      }
    }
  };
  for (const dir of SCANNED) walk(join(root, dir));
  return found.sort();
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every citation the finder reads in the app's code (comments and texts alike). */
export function citationSites(root = ROOT, files = codeFiles(root)): CitationSite[] {
  const sites: CitationSite[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    const { text, origin } = closeGaps(source);
    for (const citation of findCitations(text)) {
      sites.push({
        file,
        line: lineAt(source, origin(citation.index)),
        text: text.slice(citation.index, citation.index + citation.length),
        law: citation.law,
        articles: citation.articles,
      });
    }
  }
  return sites;
}

/** The texts a user may see: string literals, template pieces and JSX text. */
function visibleTexts(file: string, source: string): Array<{ text: string; start: number }> {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, kind);
  const texts: Array<{ text: string; start: number }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      texts.push({ text: node.text, start: node.getStart(tree) });
    }
    node.forEachChild(visit);
  };
  visit(tree);
  return texts;
}

const KNOWN_NAMES = lawNameTable().map(([name]) => name);
/** 《名称》第N条, or a name ending in 法/条例/规定/办法… right before 第N条. */
const NAMED = new RegExp(
  `《([^》\\n]{2,40})》第${NUMERAL}(?:至${NUMERAL})?条|([\\u4e00-\\u9fa5]{2,30}?(?:法典|法|条例|规定|办法|细则|规则))第${NUMERAL}(?:至${NUMERAL})?条`,
  'g',
);
const ANY_ARTICLE = new RegExp(`第${NUMERAL}条`);
/** A law's own words for itself or a neighbouring rule: not a citation of another law. */
const SELF_REFERENCE = /(本|该|此|上述|前述)(法|法典|条例|规定|办法|细则|规则)$/;
/** Words a sentence puts before a name (见实施条例第十二条): not part of it. */
const LEAD_IN = /^(?:见|按照|按|依照|依据|根据|依|违反|适用|参照|对照|即|如|和|及|与|或者?)+/;

function isKnown(name: string, bracketed: boolean): boolean {
  const bare = name.replace(/^中华人民共和国/, '');
  if (bracketed) return KNOWN_NAMES.includes(name) || KNOWN_NAMES.includes(bare);
  // Unbracketed, the match may start mid-sentence (按照消费者权益保护法第…): a known name ends it.
  return KNOWN_NAMES.some((known) => bare.endsWith(known));
}

/**
 * Citations in the screens' texts that name a law outside BUILTIN_LAWS (or only half a name,
 * such as 实施条例第十二条): the screens show them as plain text.
 */
export function unknownCitations(root = ROOT, files = codeFiles(root)): UnknownCitation[] {
  const unknown: UnknownCitation[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    if (!ANY_ARTICLE.test(source)) continue; // parsing is slow; most files cite nothing
    for (const { text, start } of visibleTexts(file, source)) {
      const closed = closeGaps(text);
      for (const match of closed.text.matchAll(NAMED)) {
        const name = match[1] ?? match[2].replace(LEAD_IN, '');
        if (SELF_REFERENCE.test(name) || isKnown(name, match[1] !== undefined)) continue;
        unknown.push({
          file,
          line: lineAt(source, start) + lineAt(text, closed.origin(match.index)) - 1,
          text: match[0],
          name,
        });
      }
    }
  }
  return unknown;
}

/** A structured 法律依据 ({ law: '消费者权益保护法', article: '第五十六条' }) in code or seed data. */
export interface ReferenceSite {
  file: string;
  line: number;
  law: string;
  article: string;
  /** The law and articles it names; undefined when the name or the article cannot be read. */
  cites?: { law: string; articles: number[] };
}

const STRUCTURED =
  /["']?law["']?\s*:\s*(["'])([^"'\n]{2,60})\1\s*,\s*["']?article["']?\s*:\s*(["'])([^"'\n]{1,40})\3/g;

/**
 * The 法律依据 written as data (seeded advisories, the county profile's campaigns): the app shows
 * each as a tap, so each must name an article too.
 */
export function referenceSites(
  root = ROOT,
  files = codeFiles(root, /\.(tsx?|json)$/),
): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(STRUCTURED)) {
      const [law, article] = [match[2].trim(), match[4].trim()];
      const [citation] = findCitations(`${law.replace(/^《|》$/g, '')}${article}`);
      sites.push({
        file,
        line: lineAt(source, match.index),
        law,
        article,
        ...(citation && { cites: { law: citation.law, articles: citation.articles } }),
      });
    }
  }
  return sites;
}

/** Where a file's citations show in the app; undefined: not a use (the library, the database). */
export function placeOf(file: string): AppPlace | undefined {
  if (NOT_USES.some((pattern) => pattern.test(file))) return undefined;
  const feature =
    /^(?:server\/)?src\/features\/([^/]+)\//.exec(file)?.[1] ??
    SHARED_FILES.find(([pattern]) => pattern.test(file))?.[1];
  return feature === undefined ? undefined : FEATURE_PLACES[feature];
}

/** law key → article number → the places citing it, one per feature. */
export type AppCitationIndex = Record<string, Record<string, AppPlace[]>>;

/** Code outside any known place: the index would silently leave its citations out. */
export function unplacedSites(sites: CitationSite[]): CitationSite[] {
  return sites.filter(
    (site) => !NOT_USES.some((p) => p.test(site.file)) && placeOf(site.file) === undefined,
  );
}

const PLACE_ORDER = Object.values(FEATURE_PLACES).map((place) => place.label);
const LAW_ORDER: string[] = BUILTIN_LAWS.map((law) => law.key);

export function buildIndex(sites: CitationSite[]): AppCitationIndex {
  const byLaw = new Map<string, Map<number, Map<string, AppPlace>>>();
  for (const site of sites) {
    const place = placeOf(site.file);
    if (!place) continue;
    const articles = byLaw.get(site.law) ?? new Map<number, Map<string, AppPlace>>();
    byLaw.set(site.law, articles);
    for (const no of site.articles) {
      const places = articles.get(no) ?? new Map<string, AppPlace>();
      articles.set(no, places);
      places.set(place.label, place);
    }
  }
  const index: AppCitationIndex = {};
  const laws = [...byLaw.keys()].sort((a, b) => LAW_ORDER.indexOf(a) - LAW_ORDER.indexOf(b));
  for (const law of laws) {
    index[law] = {};
    const articles = byLaw.get(law)!;
    for (const no of [...articles.keys()].sort((a, b) => a - b)) {
      index[law][String(no)] = [...articles.get(no)!.values()].sort(
        (a, b) => PLACE_ORDER.indexOf(a.label) - PLACE_ORDER.indexOf(b.label),
      );
    }
  }
  return index;
}

/** The index file's text, as committed (stable order, two-space JSON, a final newline). */
export const indexText = (index: AppCitationIndex) => `${JSON.stringify(index, null, 2)}\n`;

export function freshIndexText(root = ROOT): string {
  return indexText(buildIndex(citationSites(root)));
}
