// Boots the BUILT Electron bundles (dist/electron/main.js and preload.cjs, from `npm run build`) against the
// recording `electron` stand-in (./fake-electron.ts); shared by the contract tests. Each test file mocks `electron`
// with fake-electron itself (vi.mock is per file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electron, rec, resetRecord, type FakeBrowserWindow } from './fake-electron.ts';

export const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const MAIN = join(dist, 'electron', 'main.js');
export const PRELOAD = join(dist, 'electron', 'preload.cjs');
export const built = existsSync(MAIN) && existsSync(PRELOAD) && existsSync(join(dist, 'renderer', 'index.html'));
if (!built) console.warn('SKIPPED electron contract: dist/ is missing, run `npm run build` first');

export const APP_PAGE = 'app://assay/index.html';
let loads = 0;

/** Evaluates the built main bundle afresh (a new module instance per call) with the single-instance lock given. */
export async function startMain(lock: boolean) {
  const r = resetRecord();
  r.lock = lock;
  process.env.ASSAY_LIBRARY = join(root, 'exercises');
  process.env.ASSAY_USER_DATA = r.userData;
  await import(/* @vite-ignore */ `${MAIN}?load=${++loads}`);
  if (r.ready) {
    r.ready();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return r;
}

/** Evaluates the built preload the way a sandboxed renderer does: CommonJS, and `electron` is all it may require. */
export function runPreload(): Record<string, (arg?: unknown) => Promise<unknown>> {
  const code = readFileSync(PRELOAD, 'utf8');
  const mod = { exports: {} };
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`the sandboxed preload required ${id}: only electron is available there`);
  };
  new Function('require', 'module', 'exports', code)(require, mod, mod.exports);
  return rec.exposed.get('assay') as Record<string, (arg?: unknown) => Promise<unknown>>;
}

export function appEvent(win: FakeBrowserWindow, url = APP_PAGE, parent: unknown = null) {
  return { sender: win.webContents, senderFrame: { url, parent } };
}

/** Connects the preload's ipcRenderer to main's handlers, as requests from `win`'s top frame. */
export function connect(r: typeof rec, win: FakeBrowserWindow): void {
  r.invoke = (channel, req) => {
    const h = r.ipcHandlers.get(channel);
    return h ? Promise.resolve(h(appEvent(win), req)) : Promise.reject(new Error(`No handler registered for '${channel}'`));
  };
}
