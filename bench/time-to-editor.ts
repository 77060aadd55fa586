// Time to editor: the built renderer in Chromium (Playwright) through the browser harness, practice workspace
// over the seed library. For each fresh page load: first contentful paint, and the moment the Monaco editor's
// text lines are visible, both from the page's navigation start. Timings vary with the machine; nothing asserts.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../scripts/harness.ts';

const CHROMIUM = process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium';

/** rendererDir: another build of the renderer to measure (default dist/renderer), e.g. main's, for a before/after. */
export async function timeToEditor(runs: number, rendererDir?: string): Promise<{ fcp: number[]; editor: number[] } | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (set ASSAY_CHROMIUM)` };
  const dataDir = mkdtempSync(join(tmpdir(), 'assay-bench-tte-'));
  const harness = await startHarness({ dataDir, port: 0, log: () => {}, ...(rendererDir ? { rendererDir } : {}) });
  // As in playwright.config.ts: Chromium's sandbox cannot start as root.
  const args = ['--disable-gpu', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args });
  const fcp: number[] = [];
  const editor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(harness.url);
      await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 60_000 });
      const t = await page.evaluate(() => ({
        editor: performance.now(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      editor.push(t.editor);
      fcp.push(t.fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { fcp, editor };
}
