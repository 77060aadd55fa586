// A recording stand-in for the `electron` module, enough for the built main and preload bundles to run under
// Node: every call the shell makes is recorded for the contract test to inspect. Nothing here decides anything.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener): this {
    return this.on(name, fn);
  }
  /** Fires a recorded event with a cancellable event object; returns whether a listener prevented it. */
  fire(name: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false;
    const event = { ...extra, preventDefault: () => void (prevented = true) };
    for (const fn of this.listeners.get(name) ?? []) fn(event, extra.url);
    return prevented;
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(fn: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = fn;
  }
  isDestroyed(): boolean {
    return false;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  async printToPDF(opts: unknown): Promise<Buffer> {
    rec.printed.push(opts);
    return Buffer.from('%PDF-1.7 fake');
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  constructor(options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    this.options = options;
    rec.windows.push(this);
    rec.allContents.push(this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  async loadFile(path: string): Promise<void> {
    this.loaded.push(path);
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  destroy(): void {
    this.destroyed = true;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return rec.windows;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return rec.windows[0] ?? null;
  }
}

function freshRecord() {
  return {
    /** What requestSingleInstanceLock answers. */
    lock: true,
    calls: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    windows: [] as FakeBrowserWindow[],
    allContents: [] as FakeWebContents[],
    printed: [] as unknown[],
    /** Every dialog.showOpenDialog call's arguments, and what the next one answers (default: cancelled). */
    dialogs: [] as unknown[][],
    dialogAnswer: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
    app: new FakeEmitter(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    ready: null as null | (() => void),
    userData: mkdtempSync(join(tmpdir(), 'assay-electron-contract-')),
    exposed: new Map<string, unknown>(),
    invoked: [] as { channel: string; req: unknown }[],
    rendererListeners: new Map<string, Listener[]>(),
    /** Where ipcRenderer.invoke goes: set by the test to main's handlers. */
    invoke: null as null | ((channel: string, req: unknown) => Promise<unknown>),
  };
}
export let rec = freshRecord();
export function resetRecord(): typeof rec {
  rec = freshRecord();
  return rec;
}

const app = {
  isPackaged: false,
  enableSandbox: () => void rec.calls.push('app.enableSandbox'),
  requestSingleInstanceLock: () => {
    rec.calls.push('app.requestSingleInstanceLock');
    return rec.lock;
  },
  quit: () => void rec.calls.push('app.quit'),
  setPath: (name: string, value: string) => void rec.calls.push(`app.setPath ${name} ${value}`),
  getPath: () => rec.userData,
  getAppPath: () => process.cwd(),
  whenReady: () => {
    rec.calls.push('app.whenReady');
    return new Promise<void>((resolve) => (rec.ready = resolve));
  },
  on: (name: string, fn: Listener) => {
    rec.calls.push(`app.on ${name}`);
    rec.app.on(name, fn);
    return app;
  },
};

export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  nativeTheme: { shouldUseDarkColors: false },
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      rec.dialogs.push(args);
      return rec.dialogAnswer;
    },
  },
  Menu: {
    buildFromTemplate: (t: unknown) => t,
    setApplicationMenu: () => void rec.calls.push('Menu.setApplicationMenu'),
  },
  ipcMain: {
    handle: (channel: string, fn: Listener) => {
      if (rec.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      rec.ipcHandlers.set(channel, fn);
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => void rec.privilegedSchemes.push(...s),
    handle: (scheme: string, fn: (req: Request) => Promise<Response>) => void rec.protocolHandlers.set(scheme, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => void (rec.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => void (rec.permissionCheck = fn),
      setDevicePermissionHandler: () => {},
    },
  },
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => void rec.exposed.set(name, api),
  },
  ipcRenderer: {
    invoke: (channel: string, req: unknown) => {
      rec.invoked.push({ channel, req });
      if (!rec.invoke) return Promise.reject(new Error('no main process attached'));
      // Electron wraps errors crossing IPC this way; the preload strips it again.
      return rec.invoke(channel, req).catch((e: Error) =>
        Promise.reject(new Error(`Error invoking remote method '${channel}': Error: ${e.message}`)),
      );
    },
    on: (channel: string, fn: Listener) => void rec.rendererListeners.set(channel, [...(rec.rendererListeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: Listener) =>
      void rec.rendererListeners.set(channel, (rec.rendererListeners.get(channel) ?? []).filter((f) => f !== fn)),
  },
};
