// Browser side of the harness (built to dist/harness/harness-bridge.js; the harness injects it before the app's
// module script). Builds window.assay with the contract's buildApi over a WebSocket to scripts/harness.ts:
// requests {id, channel, request} → {id, result} | {id, error}; events arrive as {event, payload}.
// The per-start token comes from the page URL (?token=…) and is kept in sessionStorage across in-app URL changes.
import { buildApi } from '../core/common/channels.ts';

// Monaco's documented `monaco` global is off in production builds; the end-to-end tests read editor models through
// it, so this test seam (never packaged) asks for it before the app's scripts run (renderer/src/monaco/environment.ts).
(self as { MonacoEnvironment?: { globalAPI?: boolean } }).MonacoEnvironment = { globalAPI: true };

const TOKEN_KEY = 'assay-harness-token';
const token = new URLSearchParams(location.search).get('token') ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
sessionStorage.setItem(TOKEN_KEY, token);

type Reply = { id: number; result?: unknown; error?: string } | { event: string; payload: unknown };

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let nextId = 1;
let connecting: Promise<WebSocket> | null = null;

function connect(): Promise<WebSocket> {
  connecting ??= new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}/bridge?token=${encodeURIComponent(token)}`);
    let opened = false;
    ws.onopen = () => {
      opened = true;
      resolve(ws);
    };
    ws.onmessage = (m) => onReply(JSON.parse(String(m.data)) as Reply);
    ws.onclose = () => {
      connecting = null;
      const err = new Error(
        opened ? 'harness connection closed' : 'harness refused the connection (wrong or missing ?token= in the page URL)',
      );
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      reject(err);
    };
  });
  return connecting;
}

function onReply(msg: Reply): void {
  if ('event' in msg) {
    for (const cb of listeners.get(msg.event) ?? []) cb(msg.payload);
    return;
  }
  const p = pending.get(msg.id);
  if (!p) return;
  pending.delete(msg.id);
  if (msg.error !== undefined) p.reject(new Error(msg.error));
  else p.resolve(msg.result);
}

window.assay = buildApi(
  async (channel, request) => {
    const ws = await connect();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, channel, request }));
    });
  },
  (channel, cb) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set);
    set.add(cb);
    connect().catch(() => {}); // events flow once connected; a refused connection surfaces on the next request
    return () => void set.delete(cb);
  },
) as unknown as typeof window.assay; // the contract's Api (channels.ts builds it untyped to stay free of zod)
