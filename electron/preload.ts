// Sandboxed preload (bundled to CommonJS by vite.electron.config.ts): exposes window.assay, the contract's named
// functions built by buildApi over ipcRenderer. No generic send; only the contract's events can be subscribed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, events } from '../core/common/channels.ts';

const eventChannels = new Set<string>(Object.values(events));

/** ipcRenderer.invoke wraps errors as "Error invoking remote method 'x': Error: msg"; keep only msg. */
function cleanError(e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  return new Error(msg.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

const api = buildApi(
  (channel, req) => ipcRenderer.invoke(channel, req).catch((e: unknown) => Promise.reject(cleanError(e))),
  (channel, cb) => {
    if (!eventChannels.has(channel)) throw new Error(`unknown event ${channel}`);
    const listener = (_event: IpcRendererEvent, payload: unknown) => cb(payload);
    ipcRenderer.on(channel, listener);
    return () => void ipcRenderer.removeListener(channel, listener);
  },
);

contextBridge.exposeInMainWorld('assay', api);
