// The headless-Chromium PDF printer keeps Chromium's sandbox unless it runs as root, and then says so; renderPdf
// refuses output that is not a PDF. Chromium is stood in for by a script that records its arguments.
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPdfPrinter, renderPdf } from '../../../core/node/scorecard/pdf.ts';

function fakeChromium(output: string): { bin: string; args: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'assay-fake-chromium-'));
  const bin = join(dir, 'chromium');
  const log = join(dir, 'args.json');
  writeFileSync(
    bin,
    `#!${process.execPath}\nconst fs=require('fs');const a=process.argv.slice(2);fs.writeFileSync(${JSON.stringify(log)},JSON.stringify(a));` +
      `const p=a.find(x=>x.startsWith('--print-to-pdf='));fs.writeFileSync(p.slice(15),${JSON.stringify(output)});\n`,
  );
  chmodSync(bin, 0o755);
  return { bin, args: () => JSON.parse(readFileSync(log, 'utf8')) as string[] };
}

describe.skipIf(process.platform === 'win32')('chromiumPdfPrinter', () => {
  it('keeps the sandbox for a normal user and says nothing', async () => {
    const c = fakeChromium('%PDF-1.7 fake');
    const notes: string[] = [];
    const bytes = await chromiumPdfPrinter({ chromium: c.bin, uid: 1000, log: (m) => notes.push(m) })('<p>hi</p>');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(c.args()).not.toContain('--no-sandbox');
    expect(c.args()).toContain('--headless');
    expect(notes).toEqual([]);
  });

  it('passes --no-sandbox only as root, and says why', async () => {
    const c = fakeChromium('%PDF-1.7 fake');
    const notes: string[] = [];
    await chromiumPdfPrinter({ chromium: c.bin, uid: 0, log: (m) => notes.push(m) })('<p>hi</p>');
    expect(c.args()).toContain('--no-sandbox');
    expect(notes.join('\n')).toMatch(/root.*--no-sandbox/);
  });

  it('renderPdf refuses bytes that are not a PDF and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'assay-pdf-out-')), 'card.pdf');
    await expect(renderPdf('<p>x</p>', out, async () => new TextEncoder().encode('<html>not a pdf'))).rejects.toThrow(/did not produce a PDF/);
    expect(existsSync(out)).toBe(false);
    await renderPdf('<p>x</p>', out, async () => new TextEncoder().encode('%PDF-1.4 injected printer'));
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.4 injected printer');
  });
});
