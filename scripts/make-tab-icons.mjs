// Draws the tab bar icons (81×81 PNG, as WeChat recommends) with Chromium's canvas.
// Run once after changing a shape: node scripts/make-tab-icons.mjs
// The icons count against the main package budget, so they are then squeezed with pngquant and
// optipng (Debian packages of the same names) when those are installed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const colors = { '': '#86909c', '-active': '#c8161d' };

// Each shape draws on a 81×81 canvas with the stroke colour already set.
const shapes = {
  home: `
    ctx.beginPath(); ctx.moveTo(12, 40); ctx.lineTo(40.5, 14); ctx.lineTo(69, 40); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(20, 34); ctx.lineTo(20, 68); ctx.lineTo(61, 68); ctx.lineTo(61, 34); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(34, 68); ctx.lineTo(34, 50); ctx.lineTo(47, 50); ctx.lineTo(47, 68); ctx.stroke();`,
  shop: `
    ctx.beginPath(); ctx.moveTo(14, 30); ctx.lineTo(20, 14); ctx.lineTo(61, 14); ctx.lineTo(67, 30); ctx.closePath(); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(19, 32); ctx.lineTo(19, 68); ctx.lineTo(62, 68); ctx.lineTo(62, 32); ctx.stroke();
    ctx.beginPath(); ctx.arc(40.5, 46, 9, Math.PI * 0.05, Math.PI * 0.95); ctx.stroke();`,
  me: `
    ctx.beginPath(); ctx.arc(40.5, 28, 13, 0, Math.PI * 2); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(14, 70); ctx.bezierCurveTo(16, 50, 65, 50, 67, 70); ctx.stroke();`,
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const [name, shape] of Object.entries(shapes)) {
  for (const [suffix, color] of Object.entries(colors)) {
    const dataUrl = await page.evaluate(
      ({ shape, color }) => {
        const canvas = document.createElement('canvas');
        canvas.width = 81;
        canvas.height = 81;
        const ctx = canvas.getContext('2d');
        ctx.strokeStyle = color;
        ctx.lineWidth = 5;
        ctx.lineJoin = 'round';
        ctx.lineCap = 'round';
        new Function('ctx', shape)(ctx);
        return canvas.toDataURL('image/png');
      },
      { shape, color },
    );
    writeFileSync(
      `src/assets/tab/${name}${suffix}.png`,
      Buffer.from(dataUrl.split(',')[1], 'base64'),
    );
  }
}
await browser.close();
const icons = Object.keys(shapes).flatMap((name) =>
  Object.keys(colors).map((s) => `src/assets/tab/${name}${s}.png`),
);
spawnSync(
  'pngquant',
  ['--force', '--ext', '.png', '--quality', '60-90', '--speed', '1', ...icons],
  { stdio: 'inherit' },
);
spawnSync('optipng', ['-quiet', '-o7', ...icons], { stdio: 'inherit' });
console.log('tab icons written to src/assets/tab/');
