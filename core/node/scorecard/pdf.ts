// PDF scorecards: Chromium prints the self-contained HTML headless. Chromium comes from ASSAY_CHROMIUM or the
// usual install paths; when there is none, a ChromiumMissing error says how to fix it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeAtomic } from '../session/fs-atomic.ts';

export class ChromiumMissing extends Error {}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.ASSAY_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) throw new ChromiumMissing(`ASSAY_CHROMIUM points to ${configured}, which does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new ChromiumMissing(`PDF export needs Chromium or Chrome: none found at ${CANDIDATES.join(', ')}. Install chromium or set ASSAY_CHROMIUM to its path (HTML, Markdown and JSON scorecards work without it).`);
  }
  return found;
}

export async function renderPdf(html: string, outPath: string, opts: { chromium?: string; timeoutMs?: number } = {}): Promise<{ bytes: number }> {
  const chromium = opts.chromium ?? findChromium();
  const work = mkdtempSync(join(tmpdir(), 'assay-pdf-'));
  try {
    const page = join(work, 'scorecard.html');
    const pdf = join(work, 'scorecard.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--no-first-run', '--disable-extensions',
      '--disable-background-networking', '--disable-sync', '--mute-audio', `--user-data-dir=${join(work, 'profile')}`,
      `--print-to-pdf=${pdf}`, pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: opts.timeoutMs ?? 60_000, maxBuffer: 4 * 1024 * 1024 }, (err, _out, stderr) => {
        if (err && !existsSync(pdf)) reject(new Error(`Chromium failed to print the scorecard: ${err.message}\n${String(stderr).slice(-2000)}`));
        else resolve();
      });
    });
    const bytes = existsSync(pdf) ? readFileSync(pdf) : Buffer.alloc(0);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Chromium did not produce a PDF');
    writeAtomic(outPath, bytes);
    return { bytes: bytes.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
