// PDF scorecards. Whoever prints is injected as a PdfPrinter: the desktop app passes Electron's
// webContents.printToPDF (electron/pdf.ts; this layer never imports electron); the CLI and the browser harness use
// chromiumPdfPrinter, which prints the self-contained HTML with a headless Chromium from ASSAY_CHROMIUM or the usual
// install paths (a ChromiumMissing error says how to fix a missing one). Chromium keeps its sandbox, except as root,
// where it cannot start one: then it runs with --no-sandbox and says so.
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

/** Prints self-contained HTML (no scripts, no network) to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Chromium's sandbox cannot start as root; only then is --no-sandbox passed. */
export function chromiumNeedsNoSandbox(uid: number | undefined = process.getuid?.()): boolean {
  return uid === 0;
}

export function chromiumPdfPrinter(
  opts: { chromium?: string; timeoutMs?: number; uid?: number; log?: (msg: string) => void } = {},
): PdfPrinter {
  return async (html) => {
    const chromium = opts.chromium ?? findChromium();
    const noSandbox = chromiumNeedsNoSandbox('uid' in opts ? opts.uid : process.getuid?.());
    if (noSandbox) {
      (opts.log ?? ((m: string) => console.warn(`assay: ${m}`)))(
        "running as root, where Chromium's sandbox cannot start: printing the PDF with --no-sandbox (the page is Assay's own escaped HTML, without scripts)",
      );
    }
    const work = mkdtempSync(join(tmpdir(), 'assay-pdf-'));
    try {
      const page = join(work, 'scorecard.html');
      const pdf = join(work, 'scorecard.pdf');
      writeFileSync(page, html);
      const args = [
        '--headless', ...(noSandbox ? ['--no-sandbox'] : []), '--disable-gpu', '--no-pdf-header-footer', '--no-first-run',
        '--disable-extensions', '--disable-background-networking', '--disable-sync', '--mute-audio',
        `--user-data-dir=${join(work, 'profile')}`, `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ];
      await new Promise<void>((resolve, reject) => {
        execFile(chromium, args, { timeout: opts.timeoutMs ?? 60_000, maxBuffer: 4 * 1024 * 1024 }, (err, _out, stderr) => {
          if (!existsSync(pdf)) reject(new Error(`Chromium failed to print the scorecard: ${err?.message ?? 'no PDF written'}\n${String(stderr).slice(-2000)}`));
          else resolve();
        });
      });
      return existsSync(pdf) ? readFileSync(pdf) : Buffer.alloc(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
}

/** Prints html with printer (default: headless Chromium) and writes the PDF to outPath atomically. */
export async function renderPdf(html: string, outPath: string, printer: PdfPrinter = chromiumPdfPrinter()): Promise<{ bytes: number }> {
  const bytes = await printer(html);
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new Error('the PDF printer did not produce a PDF');
  writeAtomic(outPath, bytes);
  return { bytes: bytes.length };
}
