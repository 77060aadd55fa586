// The Electron shell against its contract, without an Electron binary: the BUILT bundles (dist/electron/main.js and
// preload.cjs, from `npm run build`) run against a recording stand-in for the `electron` module
// (./fake-electron.ts). Asserts that every contract method is exposed by the preload and handled in main with
// validation, the window's webPreferences, navigation and new-window blocking, the CSP (one source for the header
// and the page), and that a second instance sets nothing up after app.quit().
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { channels, events } from '../../core/common/channels.ts';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../core/node/web/csp.ts';
import { electron, type rec, type FakeBrowserWindow, type FakeWebContents } from './fake-electron.ts';
import { APP_PAGE, PRELOAD, appEvent, built, connect, root, runPreload, startMain } from './boot.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);
vi.mock('electron-store', async () => await import('./fake-store.ts'));

const METHODS = Object.keys(channels).sort();
const CHANNELS = Object.values(channels).sort();

describe.skipIf(!built)('electron shell contract (built bundles)', () => {
  let r: typeof rec;
  let win: FakeBrowserWindow;
  let api: Record<string, (arg?: unknown) => Promise<unknown>>;

  beforeAll(async () => {
    r = await startMain(true);
    win = r.windows[0]!;
    api = runPreload();
    // Connect the preload's ipcRenderer to main's handlers, as a request from our window's top frame.
    connect(r, win);
  });
  afterAll(() => {
    delete process.env.ASSAY_LIBRARY;
    delete process.env.ASSAY_USER_DATA;
  });

  it('main handles exactly the contract channels, once each', () => {
    expect([...r.ipcHandlers.keys()].sort()).toEqual(CHANNELS);
  });

  it('the preload exposes exactly the contract methods plus onRunEvent, and nothing generic', () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onRunEvent'].sort());
    for (const name of ['send', 'invoke', 'on', 'ipcRenderer', 'require']) expect(api).not.toHaveProperty(name);
  });

  it('the preload carries channel names only: no zod, no request schemas', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect(code).not.toMatch(/\bzod\b|ZodError|safeParse/);
  });

  it.each(METHODS)('%s: the preload calls its channel and main rejects an invalid request', async (method) => {
    const channel = channels[method as keyof typeof channels];
    r.invoked.length = 0;
    const err = await api[method]!({ notInTheContract: '<script>' }).then(() => null, (e: Error) => e);
    expect(r.invoked).toEqual([{ channel, req: { notInTheContract: '<script>' } }]);
    expect(err).toBeInstanceOf(Error);
    // The preload strips Electron's "Error invoking remote method" wrapper; main's validation message remains.
    expect(err!.message).toMatch(new RegExp(`^invalid request for ${channel}: `));
    // (A missing request counts as {}: dispatch() reads `raw ?? {}`, so methods without arguments can omit it.)
    for (const bad of ['x', 42, [], { ...{ ['__proto__']: { polluted: true } }, extra: 1 }]) {
      await expect(r.ipcHandlers.get(channel)!(appEvent(win), bad)).rejects.toThrow(/invalid request/);
    }
  });

  it('a valid request reaches the real handler table', async () => {
    const list = (await api.listExercises!({})) as { id: string }[];
    expect(list.map((e) => e.id)).toContain('go-log-sections');
    const err = await api.saveWorkspace!({ exerciseId: 'go-log-sections', files: { '../escape.go': '' } }).catch((e: Error) => e.message);
    expect(err).toMatch(/^invalid request for workspace:save: /);
  });

  it('main refuses requests from other windows, sub-frames and pages that are not the app', async () => {
    const h = r.ipcHandlers.get(channels.listExercises)!;
    const stranger = new electron.BrowserWindow({}) as FakeBrowserWindow;
    await expect(Promise.resolve().then(() => h(appEvent(stranger), {}))).rejects.toThrow(/not an Assay window/);
    await expect(Promise.resolve().then(() => h(appEvent(win, APP_PAGE, {}), {}))).rejects.toThrow(/not the top frame/);
    await expect(Promise.resolve().then(() => h(appEvent(win, 'https://evil.example/'), {}))).rejects.toThrow(/is not the app/);
    await expect(Promise.resolve().then(() => h(appEvent(win, 'app://other/index.html'), {}))).rejects.toThrow(/is not the app/);
    await expect(Promise.resolve().then(() => h({ sender: win.webContents, senderFrame: null }, {}))).rejects.toThrow(/frame is gone/);
  });

  it('run events reach only the contract event channel', () => {
    const got: unknown[] = [];
    const off = (api.onRunEvent as unknown as (cb: (e: unknown) => void) => () => void)((e) => got.push(e));
    expect([...r.rendererListeners.keys()]).toEqual([events.runEvent]);
    for (const fn of r.rendererListeners.get(events.runEvent)!) fn({}, { kind: 'x' });
    expect(got).toEqual([{ kind: 'x' }]);
    off();
    expect(r.rendererListeners.get(events.runEvent)).toEqual([]);
  });

  it('the window is sandboxed with context isolation and no Node, and loads the app page', () => {
    expect(r.calls).toContain('app.enableSandbox');
    expect(r.windows[0]).toBe(win);
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(PRELOAD);
    expect(win.loaded).toEqual([APP_PAGE]);
  });

  it('navigation, redirects, webviews and new windows are refused, for the window and any web contents', () => {
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(win.webContents.fire('will-navigate', { url: 'https://example.com' })).toBe(true);
    expect(win.webContents.fire('will-redirect', { url: 'https://example.com' })).toBe(true);

    const other = new electron.BrowserWindow({}).webContents as FakeWebContents;
    for (const fn of r.app.listeners.get('web-contents-created') ?? []) fn({}, other);
    expect(other.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(other.fire('will-navigate', { url: APP_PAGE })).toBe(true);
    expect(other.fire('will-attach-webview')).toBe(true);
    expect(other.fire('will-frame-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(other.fire('will-frame-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(other.fire('will-frame-navigate', { url: APP_PAGE })).toBe(false);
  });

  it('no permission is granted', () => {
    let granted: boolean | undefined;
    r.permissionRequest!({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(r.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('the CSP comes from one source: the app:// header and the built page agree with csp.ts', async () => {
    const handle = r.protocolHandlers.get('app')!;
    const page = await handle(new Request(APP_PAGE));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const html = await page.text();
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/gi)].map((m) => m[1]!.replaceAll('&#39;', "'"));
    expect(metas).toEqual([RENDERER_CSP_META]);
    for (const directive of RENDERER_CSP_META.split('; ')) expect(RENDERER_CSP.split('; ')).toContain(directive);
    const missing = await handle(new Request('app://assay/../../package.json'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const foreign = await handle(new Request('app://elsewhere/index.html'));
    expect(foreign.status).toBe(404);
  });

  it('the source page carries no CSP of its own (it is generated at build)', () => {
    expect(readFileSync(join(root, 'renderer', 'index.html'), 'utf8')).not.toMatch(/http-equiv=["']?content-security-policy/i);
  });

  it('a second launch without the single-instance lock quits and sets nothing up', async () => {
    const second = await startMain(false);
    expect(second.calls).toContain('app.quit');
    expect(second.calls.filter((c) => c.startsWith('app.whenReady') || c.startsWith('app.on'))).toEqual([]);
    expect(second.ipcHandlers.size).toBe(0);
    expect(second.protocolHandlers.size).toBe(0);
    expect(second.windows).toEqual([]);
  });

  it('the first instance focuses its window when a second one starts', async () => {
    const first = await startMain(true);
    expect(first.calls).not.toContain('app.quit');
    expect(first.calls).toEqual(expect.arrayContaining(['app.on second-instance', 'app.on window-all-closed', 'app.on will-quit']));
    expect(first.windows).toHaveLength(1);
  });
});
