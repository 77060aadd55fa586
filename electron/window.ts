// The one application window: sandboxed renderer, context isolation, no Node, web security on. Navigation and
// window.open are refused in setupSecurity(); here they are refused again for this window explicitly.
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_URL } from './protocol.ts';

export function setupWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Assay',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
