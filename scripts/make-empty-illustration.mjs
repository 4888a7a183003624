// Draws the empty-list illustration (an open tray, in the app's greys) as a small PNG, so that
// no empty state loads NutUI's default picture from a third-party CDN. Run once after changing
// the shape: node scripts/make-empty-illustration.mjs
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" viewBox="0 0 240 160">
  <ellipse cx="120" cy="142" rx="84" ry="10" fill="#eef0f3"/>
  <g fill="none" stroke="#c9cdd4" stroke-width="6" stroke-linejoin="round" stroke-linecap="round">
    <path d="M52 84 L76 36 H164 L188 84"/>
    <path d="M52 84 V128 H188 V84 H150 Q146 102 120 102 Q94 102 90 84 Z"/>
    <path d="M98 58 H142 M104 72 H136"/>
  </g>
</svg>`;

await sharp(Buffer.from(svg))
  .png({ palette: true, colours: 16, compressionLevel: 9 })
  .toFile('src/assets/empty.png');
console.log('wrote src/assets/empty.png');
