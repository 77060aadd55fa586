// Scorecard PDFs in the desktop app: Electron's own Chromium prints the self-contained scorecard HTML with
// webContents.printToPDF, in a hidden, sandboxed window without preload or JavaScript, so no external browser
// is launched. Handed to core/node as HandlerDeps.printPdf (core/node never imports electron).
import { BrowserWindow } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from '../core/node/scorecard/pdf.ts';

export const printPdfWithElectron: PdfPrinter = async (html) => {
  const work = mkdtempSync(join(tmpdir(), 'assay-pdf-'));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    const page = join(work, 'scorecard.html');
    writeFileSync(page, html);
    await win.loadFile(page);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', displayHeaderFooter: false });
  } finally {
    win.destroy();
    rmSync(work, { recursive: true, force: true });
  }
};
