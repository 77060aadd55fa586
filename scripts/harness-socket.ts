// The harness's WebSocket endpoint (/bridge on the harness port). A connection needs the per-start token, and a
// browser connection must come from the harness's own origin. Each message {id, channel, request} goes through
// the same dispatch() as Electron's IPC; replies are {id, result} | {id, error}; events {event, payload} go to the
// socket whose request raised them. Runs a socket started are cancelled when it closes.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { events, methods } from '../core/common/contract.ts';
import { dispatch, RequestError, type HandlerContext, type Handlers } from '../core/node/handler-table.ts';

export interface BridgeOptions {
  token: string;
  /** The harness origin, e.g. http://127.0.0.1:4321, known once the server listens. */
  origin: () => string;
  handlers: Handlers;
  log: (msg: string) => void;
}

const MAX_MESSAGE = 32 * 1024 * 1024; // 50 files × 512 KiB plus JSON overhead

export function attachBridge(server: Server, opts: BridgeOptions): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = upgradeProblem(req, opts);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, opts));
  });
  return wss;
}

function upgradeProblem(req: IncomingMessage, opts: BridgeOptions): string | null {
  const url = new URL(req.url ?? '/', 'http://harness');
  if (url.pathname !== '/bridge') return '404 Not Found';
  if (!sameSecret(url.searchParams.get('token') ?? '', opts.token)) return '401 Unauthorized';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== opts.origin()) return '403 Forbidden';
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function serve(ws: WebSocket, opts: BridgeOptions): void {
  const runIds = new Set<string>();
  const ctx: HandlerContext = {
    emit: (name, payload) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event: events[name], payload }));
    },
  };
  ws.on('message', async (data) => {
    let msg: { id?: unknown; channel?: unknown; request?: unknown };
    try {
      msg = JSON.parse(String(data)) as typeof msg;
    } catch {
      return ws.send(JSON.stringify({ id: null, error: 'malformed message: not JSON' }));
    }
    const { id, channel, request } = msg ?? {};
    if (typeof id !== 'number' || typeof channel !== 'string') {
      return ws.send(JSON.stringify({ id: typeof id === 'number' ? id : null, error: 'malformed message: need {id: number, channel: string, request}' }));
    }
    const runId = channel === methods.runTests.channel ? (request as { runId?: unknown } | null)?.runId : undefined;
    const tracked = typeof runId === 'string' && !runIds.has(runId) ? runId : null;
    if (tracked) runIds.add(tracked);
    try {
      const result = await dispatch(opts.handlers, channel, request, ctx);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result }));
    } catch (e) {
      if (!(e instanceof RequestError)) opts.log(`${channel} failed: ${(e as Error).stack ?? String(e)}`);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, error: (e as Error).message }));
    } finally {
      if (tracked) runIds.delete(tracked);
    }
  });
  ws.on('close', () => {
    for (const runId of runIds) void opts.handlers.cancelRun({ runId }, ctx);
  });
}
