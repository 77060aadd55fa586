// Browser harness: the renderer in a normal browser, talking to the real handler table over a WebSocket.
// A test/dev seam (Playwright drives it), not a second product.
//
//   npm run build && node scripts/harness.ts [--port N] [--data-dir DIR] [--library DIR] [--mode candidate|interviewer]
//
// --mode interviewer: the full library (hidden tests) and the interviewer's screens. --mode candidate: no library
// at all (an empty one unless --library is given), as on a candidate's machine: open a pack, take the assessment.
// Without --mode: the practice workspace over the full library (the candidate workspace's own tests use it).
// Without --mode the library chosen in the app's settings (kept in the data dir's store) decides: a full one →
// interviewer mode. The harness has no native folder dialog (chooseFolder answers null).
//
// Serves dist/renderer on 127.0.0.1 (index.html gets <script src="/harness-bridge.js"> before the app's module
// script) and a token-protected WebSocket at /bridge on the same port. Prints the URL to open, e.g.
// http://127.0.0.1:4321/?token=… . Without --data-dir, saved workspaces go to a fresh temp dir.
// Tests start it in-process with startHarness().
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../core/node/handlers.ts';
import { JsonFileStore } from '../core/node/store/json-file.ts';
import { contentType, resolveStaticFile } from '../core/node/web/static-files.ts';
import { SECURITY_HEADERS } from '../core/node/web/csp.ts';
import { attachBridge } from './harness-socket.ts';
import type { SessionClocks } from '../core/node/session/clock.ts';

const root = join(import.meta.dirname, '..');

export interface HarnessOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  libraryDir?: string;
  /** See the header: 'candidate' defaults to an empty library. */
  mode?: 'candidate' | 'interviewer';
  rendererDir?: string;
  bridgeFile?: string;
  log?: (msg: string) => void;
  /** The clocks the candidate session reads (tests move the wall clock); default the system's. */
  clock?: SessionClocks;
}

export interface Harness {
  /** The page to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const rendererDir = opts.rendererDir ?? join(root, 'dist', 'renderer');
  const bridgeFile = opts.bridgeFile ?? join(root, 'dist', 'harness', 'harness-bridge.js');
  for (const [what, path] of [['renderer', join(rendererDir, 'index.html')], ['harness bridge', bridgeFile]]) {
    if (!existsSync(path!)) throw new Error(`${what} not built (${path} is missing): run npm run build`);
  }
  const log = opts.log ?? ((msg: string) => console.warn(`harness: ${msg}`));
  const shutdown = new AbortController();
  const emptyLibrary = join(opts.dataDir, 'no-library');
  if (opts.mode === 'candidate' && !opts.libraryDir) mkdirSync(emptyLibrary, { recursive: true });
  const handlers = createHandlers({
    libraryDir: opts.libraryDir ?? (opts.mode === 'candidate' ? emptyLibrary : join(root, 'exercises')),
    store: new JsonFileStore(join(opts.dataDir, 'store.json'), log),
    mode: opts.mode,
    dataDir: opts.dataDir,
    shutdown: shutdown.signal,
    log,
    clock: opts.clock,
  });
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  const server = createServer((req, res) => serveFile(req, res, rendererDir, bridgeFile, origin));
  const wss = attachBridge(server, { token, origin: () => origin, handlers, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      shutdown.abort();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveFile(req: IncomingMessage, res: ServerResponse, rendererDir: string, bridgeFile: string, origin: string): void {
  const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  // DNS-rebinding guard: only answer requests addressed to our own host:port.
  if (`http://${req.headers.host ?? ''}` !== origin) return send(421, 'wrong host');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/harness-bridge.js') return send(200, readFileSync(bridgeFile), contentType(bridgeFile));
  const file = resolveStaticFile(rendererDir, path);
  if (!file) return send(404, 'not found');
  if (file === realpathSync(join(rendererDir, 'index.html'))) return send(200, withBridge(readFileSync(file, 'utf8')), contentType(file));
  send(200, readFileSync(file), contentType(file));
}

/** Loads the bridge before any of the app's scripts, so window.assay exists when the app starts. */
function withBridge(html: string): string {
  const tag = '<script src="/harness-bridge.js"></script>';
  const at = html.search(/<script\b/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  return html.replace(/<\/head>/i, `${tag}</head>`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      library: { type: 'string' },
      mode: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`);
  const mode = values.mode;
  if (mode !== undefined && mode !== 'candidate' && mode !== 'interviewer') throw new Error(`--mode: candidate or interviewer, not ${mode}`);
  const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'assay-harness-'));
  const harness = await startHarness({ port, dataDir, libraryDir: values.library, mode });
  console.log(`Assay harness${mode ? ` (${mode} mode)` : ''} (data: ${dataDir})\n${harness.url}`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(`harness: ${(e as Error).message}`);
    process.exit(1);
  });
}
