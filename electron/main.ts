// Electron main: app lifecycle and one setupX() per concern. Everything real lives in core/node; this file only
// wires paths, the store and the handler table into the protocol, the window and IPC.
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../core/node/handlers.ts';
import { registerAppScheme, setupProtocol } from './protocol.ts';
import { setupSecurity } from './security.ts';
import { setupWindow } from './window.ts';
import { setupMenu } from './menu.ts';
import { setupIpc } from './ipc.ts';
import { createElectronStore } from './store.ts';
import { printPdfWithElectron } from './pdf.ts';

const here = import.meta.dirname; // dist/electron
const rendererDir = join(here, '..', 'renderer');
const preload = join(here, 'preload.cjs');
// The exercise library: shipped as extraResources when packaged (candidate-safe parts only, see
// electron-builder.yml); ASSAY_LIBRARY points elsewhere (another library, tests).
const libraryDir =
  process.env.ASSAY_LIBRARY ?? (app.isPackaged ? join(process.resourcesPath, 'exercises') : join(app.getAppPath(), 'exercises'));

// Tests point userData at a fresh directory so every launch starts from a clean store.
if (process.env.ASSAY_USER_DATA) app.setPath('userData', process.env.ASSAY_USER_DATA);

app.enableSandbox();
registerAppScheme();
// A second launch hands over to the first (its 'second-instance' focuses the window) and sets up nothing: no
// store, no IPC, no window, so two processes never write the same files.
if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  const quitting = new AbortController();
  const windows = new Set<WebContents>();

  function openWindow(): void {
    const win = setupWindow(preload);
    const contents = win.webContents;
    windows.add(contents);
    win.on('closed', () => windows.delete(contents));
  }

  async function chooseFolder(): Promise<string | null> {
    const win = BrowserWindow.getFocusedWindow();
    const opts = { title: 'Choose an exercise library', properties: ['openDirectory' as const] };
    const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }

  async function chooseSaveFolder(count: number): Promise<string | null> {
    const win = BrowserWindow.getFocusedWindow();
    const opts = {
      title: `Choose a folder for ${count} assessment pack${count === 1 ? '' : 's'}`,
      buttonLabel: 'Save here',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }

  void app.whenReady().then(() => {
    setupProtocol(rendererDir);
    setupSecurity();
    setupMenu();
    setupIpc(
      createHandlers({
        libraryDir,
        store: createElectronStore(),
        // ASSAY_MODE fixes the mode; otherwise the library chosen in settings decides (full → interviewer).
        mode: process.env.ASSAY_MODE === 'interviewer' || process.env.ASSAY_MODE === 'candidate' ? process.env.ASSAY_MODE : undefined,
        chooseFolder,
        chooseSaveFolder,
        dataDir: app.getPath('userData'),
        shutdown: quitting.signal,
        printPdf: printPdfWithElectron,
      }),
      (contents) => windows.has(contents),
    );
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => quitting.abort());
}
