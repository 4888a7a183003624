import type { Page } from 'playwright-core';

/** A text whose colour does not stand out enough from what is behind it. */
export interface LowContrast {
  text: string;
  /** The element's classes, to find its style. */
  where: string;
  color: string;
  background: string;
  ratio: number;
}

export interface ContrastScan {
  /** How many visible text nodes were measured. */
  measured: number;
  failures: LowContrast[];
}

/**
 * Measures every visible text node of the page as Chromium drew it: the parent's computed colour
 * against the first opaque background found walking up its ancestors, with the half-transparent
 * layers in between blended in (WCAG 2 contrast ratio). A gradient counts by its worst stop;
 * text over a picture cannot be measured and is left out, as are disabled controls (WCAG exempts
 * them) and text hidden from view.
 */
export function scanContrast(page: Page, minimum: number): Promise<ContrastScan> {
  return page.evaluate((min) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba[] =>
      [...css.matchAll(/rgba?\(([^)]+)\)/g)].map((m) => {
        const parts = m[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
      });
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
        1,
      ];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratioOf = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;

    /** The colours that may sit behind `el`: one, or a gradient's stops; null over a picture. */
    const backdrops = (el: Element): Rgba[] | null => {
      const layers: Rgba[][] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const image = style.backgroundImage;
        if (image.includes('url(')) return null;
        if (image.includes('gradient')) {
          const stops = parse(image);
          layers.push(stops);
          if (stops.every((s) => s[3] === 1)) break;
        }
        const color = parse(style.backgroundColor)[0];
        if (color && color[3] > 0) {
          layers.push([color]);
          if (color[3] === 1) break;
        }
      }
      // Painted bottom-up, onto the white canvas.
      return layers
        .reverse()
        .reduce<Rgba[]>(
          (below, layer) => layer.flatMap((top) => below.map((b) => over(top, b))),
          [[255, 255, 255, 1]],
        );
    };

    const failures: LowContrast[] = [];
    let measured = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest('[disabled], [aria-disabled="true"], .nut-button-disabled, script, style'))
        continue;
      const behind = backdrops(el);
      if (!behind) continue;
      measured += 1;
      const style = getComputedStyle(el);
      // The element's own opacity and its ancestors' fade the text towards what is behind it.
      let opacity = 1;
      for (let n: Element | null = el; n; n = n.parentElement) {
        opacity *= Number(getComputedStyle(n).opacity);
      }
      const fg = parse(style.color)[0];
      const worst = behind
        .map((bg) => ({ bg, ratio: ratioOf(over([fg[0], fg[1], fg[2], fg[3] * opacity], bg), bg) }))
        .sort((a, b) => a.ratio - b.ratio)[0];
      if (worst.ratio < min) {
        failures.push({
          text: text.slice(0, 30),
          where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} < ${el.parentElement?.className ?? ''}`,
          color: style.color,
          background: css(worst.bg),
          ratio: Math.round(worst.ratio * 100) / 100,
        });
      }
    }
    return { measured, failures };
  }, minimum);
}
