import { chineseToNumber } from './law-citations';
import { LAW_LIMITS } from './law-vocabulary';

/**
 * A law file (the texts that ship, and a province's regulation imported by staff) → its
 * structure, read the same way by the server's import and by the import page's preview. The format:
 * - "# 标题" first; the lines after it, until the first chapter or article, are the preamble
 *   (通过、修正 dates);
 * - "## 第X章 …" starts a chapter; "### 第X节 …" a section, kept in the chapter title
 *   ("第二章 电子商务经营者 · 第一节 一般规定") so the library needs one level only;
 * - an article starts at a line "第X条 …" (X in Chinese numerals, maybe 之一) and runs until the
 *   next article or heading; each non-empty line is one paragraph;
 * - an excerpt marks a cut article "第十三条（节）" (or "（第三款）"), and cut text "……": partial.
 * Our own notes are never law text: HTML comments, lines starting "（注：" or "(Reference copy",
 * and everything under a "## " heading that is not a chapter (## 时限对照, ## 相关).
 */

export interface ParsedArticle {
  no: number;
  /** As the text numbers it: 第二十五条, 第十条之一. */
  label: string;
  /** Paragraphs joined by '\n'. */
  text: string;
  partial: boolean;
}

export interface ParsedChapter {
  /** '' for a law without chapters. */
  title: string;
  articles: ParsedArticle[];
}

export interface ParsedLaw {
  title: string;
  preamble: string[];
  chapters: ParsedChapter[];
}

/** A line of the file that stops the import (or, as a warning, deserves a look). */
export interface LineProblem {
  /** 1-based, as an editor counts lines. */
  line: number;
  message: string;
}

export interface LawReading {
  law: ParsedLaw;
  /** Every line that makes the file unacceptable, in file order (the import names the first). */
  problems: LineProblem[];
  /** Accepted, but probably not meant: a line that will join the article before it. */
  warnings: LineProblem[];
}

const NUMERAL = '[零一二三四五六七八九十百千]+';
const CHAPTER = new RegExp(`^##\\s+(第${NUMERAL}章.*)$`);
const SECTION = new RegExp(`^###\\s+(第${NUMERAL}节.*)$`);
const ARTICLE = new RegExp(`^第(${NUMERAL})条(?:之(${NUMERAL}))?((?:（[^）]*）)*)(?:\\s+(.*))?$`);
/** Looks like an article start but its number is not a Chinese numeral (第25条, 第二五x条). */
const ODD_ARTICLE = /^第([^条\s]{1,12})条(?:之\S+)?(?:（[^）]*）)*(?:\s|$)/;
/** 第十条经营者…: an article number with no space after it reads as the previous article's text. */
const GLUED_ARTICLE = new RegExp(`^第${NUMERAL}条(?:之${NUMERAL})?[^\\s（]`);
const NOTE = /^(?:[（(]注[：:]|\(Reference copy)/;
const TITLE = LAW_LIMITS.importTitle;

const oneSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The lines of the file without HTML comments (which may span lines), trimmed, numbered. */
function textLines(markdown: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let inComment = false;
  markdown
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      let text = raw;
      if (inComment) {
        const end = text.indexOf('-->');
        if (end < 0) return;
        text = text.slice(end + 3);
        inComment = false;
      }
      text = text.replace(/<!--[\s\S]*?-->/g, '');
      const open = text.indexOf('<!--');
      if (open >= 0) {
        text = text.slice(0, open);
        inComment = true;
      }
      text = text.trim();
      if (text) out.push({ line: index + 1, text });
    });
  return out;
}

interface Draft extends ParsedArticle {
  line: number;
  paragraphs: string[];
}

/** Reads a whole file, noting every problem with its line instead of stopping at the first. */
export function readLawText(markdown: string): LawReading {
  const lines = textLines(markdown);
  const law: ParsedLaw = { title: '', preamble: [], chapters: [] };
  const reading: LawReading = { law, problems: [], warnings: [] };
  const problem = (line: number, message: string) => reading.problems.push({ line, message });
  let titled = false;
  let chapterTitle = '';
  let sectionTitle = '';
  let skipping = false;
  let article: Draft | undefined;
  let previous: { line: number; label: string; order: number } | undefined;

  const finish = () => {
    if (!article) return;
    const text = article.paragraphs.join('\n');
    if (article.paragraphs.length === 0) problem(article.line, `${article.label}没有内容`);
    else if (text.length > LAW_LIMITS.articleText.max) {
      problem(
        article.line,
        `${article.label}超过 ${LAW_LIMITS.articleText.max} 字，请检查是否漏了下一条的“第X条”`,
      );
    }
    const heading =
      chapterTitle && sectionTitle ? `${chapterTitle} · ${sectionTitle}` : chapterTitle;
    let chapter = law.chapters[law.chapters.length - 1];
    if (!chapter || chapter.title !== heading) {
      chapter = { title: heading, articles: [] };
      law.chapters.push(chapter);
    }
    chapter.articles.push({
      no: article.no,
      label: article.label,
      text,
      partial: article.partial || text.includes('……'),
    });
    article = undefined;
  };

  for (const { line, text } of lines) {
    if (!titled) {
      titled = true;
      const heading = /^#\s+(.+)$/.exec(text);
      if (!heading) problem(line, '第一行应为法规名称，以“# ”开头');
      else {
        law.title = oneSpaced(heading[1]);
        const length = Array.from(law.title).length;
        if (length < TITLE.min || length > TITLE.max) {
          problem(line, `法规名称应为 ${TITLE.min}–${TITLE.max} 个字`);
        }
      }
      continue;
    }
    if (/^#\s/.test(text)) {
      problem(line, '一个文件只能有一个法规名称（“# ”开头）');
      continue;
    }
    if (text.startsWith('##')) {
      finish();
      const chapter = CHAPTER.exec(text);
      const section = SECTION.exec(text);
      if (chapter) {
        chapterTitle = oneSpaced(chapter[1]);
        sectionTitle = '';
        skipping = false;
      } else if (section && !skipping) sectionTitle = oneSpaced(section[1]);
      // Our notes (## 时限对照, ## 相关): not law text, up to the next chapter.
      else if (/^##\s/.test(text)) skipping = true;
      continue;
    }
    if (skipping || NOTE.test(text)) continue;

    const start = ARTICLE.exec(text);
    if (start) {
      finish();
      const no = chineseToNumber(start[1]);
      const sub = start[2] === undefined ? 0 : chineseToNumber(start[2]);
      if (!no || sub === undefined) {
        problem(line, `条文编号“${text.split(/\s/)[0]}”无法识别`);
        continue;
      }
      const label = `第${start[1]}条${start[2] ? `之${start[2]}` : ''}`;
      const order = no * 1000 + sub;
      if (previous && order <= previous.order) {
        problem(
          line,
          order === previous.order
            ? `${label}重复出现（第${previous.line}行已有）`
            : `条文顺序不对：${label}出现在${previous.label}之后`,
        );
      }
      previous = { line, label, order };
      article = {
        no,
        label,
        text: '',
        partial: start[3] !== '',
        line,
        paragraphs: start[4] ? [start[4].trim()] : [],
      };
      continue;
    }
    const odd = ODD_ARTICLE.exec(text);
    if (odd) {
      problem(line, `条文编号“第${odd[1]}条”无法识别：请用汉字数字，如“第二十五条”`);
      continue;
    }
    if (GLUED_ARTICLE.test(text)) {
      reading.warnings.push({
        line,
        message: '像是一条的开头，但条号后没有空格：会并入上一条。如是新的一条，请在条号后加空格',
      });
    }
    if (article) article.paragraphs.push(text);
    else if (chapterTitle) problem(line, `“${chapterTitle}”之后应是条文（以“第X条 ”开头）`);
    else law.preamble.push(text);
  }
  finish();

  if (!titled) problem(1, '文件是空的：第一行应为法规名称，以“# ”开头');
  else if (law.chapters.length === 0) {
    problem(lines.at(-1)?.line ?? 1, '没有找到条文：每条应另起一行，以“第X条 ”开头');
  }
  return reading;
}

/** Every article of a parsed law, in order. */
export const articlesOf = (law: ParsedLaw) => law.chapters.flatMap((c) => c.articles);
