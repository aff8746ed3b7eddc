// `npx tsx scripts/make-icons.ts`: renders the toolbar icons (public/icon/*.png) with headless
// Chromium (found as the demo and the tests find it) and a CJK font: a red tile with 株. Run by
// hand after changing the design; the PNGs are committed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserPathOrExplain } from './browsers/find-browser.ts';

const chromium = browserPathOrExplain('chromium');
const out = resolve('public/icon');
const work = mkdtempSync(join(tmpdir(), 'zhudu-icons-'));
for (const size of [16, 32, 48, 128]) {
  const page = join(work, `icon-${size}.html`);
  writeFileSync(
    page,
    `<!doctype html><meta charset="utf-8"><style>
      html,body{margin:0;background:transparent}
      div{width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.2)}px;background:#b3261e;
        color:#fff;display:grid;place-items:center;font:700 ${Math.round(size * 0.72)}px/1 "WenQuanYi Micro Hei",sans-serif}
    </style><div>株</div>`,
  );
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000',
    `--window-size=${size},${size}`, `--screenshot=${join(out, `${size}.png`)}`, `file://${page}`,
  ], { stdio: 'ignore' });
}
console.log(`icons written to ${out}`);
