// The desktop app's PDF printer (electron/pdf.ts) against the recording `electron` stand-in: Electron's own
// webContents.printToPDF in a hidden, sandboxed window without JavaScript or preload, destroyed afterwards.
import { describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { resetRecord } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);

describe('printPdfWithElectron', () => {
  it('prints in a hidden sandboxed window with scripts off, and cleans up', async () => {
    const r = resetRecord();
    const { printPdfWithElectron } = await import('../../electron/pdf.ts');
    const bytes = await printPdfWithElectron('<h1>Scorecard</h1>');
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.windows).toHaveLength(1);
    const win = r.windows[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(r.printed).toEqual([expect.objectContaining({ printBackground: true })]);
    expect(win.destroyed).toBe(true);
    expect(existsSync(win.loaded[0]!)).toBe(false); // the temp page is removed
  });
});
