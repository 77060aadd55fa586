// The harness WebSocket endpoint with a recording handler table: token and origin checks, request/reply
// framing, events delivered only to the socket whose request raised them, runs cancelled when their socket closes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { methods, type Method } from '../../../core/common/contract.ts';
import type { HandlerContext, Handlers } from '../../../core/node/handler-table.ts';
import { attachBridge } from '../../../scripts/harness-socket.ts';

let server: Server;
let base: string;
const cancelled: string[] = [];
let releaseRun: () => void;

function table(): Handlers {
  const t = Object.fromEntries((Object.keys(methods) as Method[]).map((m) => [m, async () => ({ method: m })])) as Record<string, unknown>;
  t.runTests = (req: { runId: string }, ctx: HandlerContext) => {
    ctx.emit('runEvent', { runId: req.runId, type: 'phase', phase: 'running' });
    return new Promise((resolve) => (releaseRun = () => resolve({ runId: req.runId })));
  };
  t.cancelRun = async (req: { runId: string }) => {
    cancelled.push(req.runId);
    return { cancelled: true };
  };
  return t as unknown as Handlers;
}

beforeEach(async () => {
  cancelled.length = 0;
  server = createServer();
  let origin = '';
  attachBridge(server, { token: 'secret-token', origin: () => origin, handlers: table(), log: () => {} });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function connect(path: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base}${path}`, origin ? { headers: { origin } } : {});
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function collect(ws: WebSocket): unknown[] {
  const got: unknown[] = [];
  ws.on('message', (d) => got.push(JSON.parse(String(d))));
  return got;
}

describe('harness bridge socket', () => {
  it('refuses wrong paths, tokens and origins before the handshake completes', async () => {
    await expect(connect('/other?token=secret-token')).rejects.toThrow(/404/);
    await expect(connect('/bridge?token=secret-tokeN')).rejects.toThrow(/401/);
    await expect(connect('/bridge?token=secret')).rejects.toThrow(/401/);
    await expect(connect('/bridge?token=secret-token', 'http://evil.example')).rejects.toThrow(/403/);
    (await connect('/bridge?token=secret-token', base.replace('ws:', 'http:'))).close();
  });

  it('answers requests by id and rejects malformed ones', async () => {
    const ws = await connect('/bridge?token=secret-token');
    const got = collect(ws);
    ws.send(JSON.stringify({ id: 1, channel: methods.listExercises.channel, request: {} }));
    ws.send(JSON.stringify({ id: 2, channel: methods.openExercise.channel, request: { id: 'x' } }));
    ws.send(JSON.stringify({ channel: methods.listExercises.channel }));
    ws.send('{');
    await expect.poll(() => got.length).toBe(4);
    expect(got).toContainEqual({ id: 1, result: { method: 'listExercises' } });
    expect(got).toContainEqual({ id: 2, error: expect.stringMatching(/^invalid request for exercise:open: .*not an exercise id/s) });
    expect(got).toContainEqual({ id: null, error: 'malformed message: need {id: number, channel: string, request}' });
    expect(got).toContainEqual({ id: null, error: 'malformed message: not JSON' });
    ws.close();
  });

  it('sends run events to the requesting socket only, and cancels its runs when it closes', async () => {
    const a = await connect('/bridge?token=secret-token');
    const b = await connect('/bridge?token=secret-token');
    const gotA = collect(a);
    const gotB = collect(b);
    a.send(JSON.stringify({ id: 1, channel: methods.runTests.channel, request: { runId: 'run-aaaa-1', exerciseId: 'go-x-y', files: {} } }));
    await expect.poll(() => gotA).toEqual([{ event: 'run:event', payload: { runId: 'run-aaaa-1', type: 'phase', phase: 'running' } }]);
    expect(gotB).toEqual([]);
    a.close();
    await expect.poll(() => cancelled).toEqual(['run-aaaa-1']);
    releaseRun();
    b.close();
  });

  it('does not cancel runs that finished before the socket closed', async () => {
    const a = await connect('/bridge?token=secret-token');
    const got = collect(a);
    a.send(JSON.stringify({ id: 1, channel: methods.runTests.channel, request: { runId: 'run-bbbb-1', exerciseId: 'go-x-y', files: {} } }));
    await expect.poll(() => got.length).toBe(1);
    releaseRun();
    await expect.poll(() => got.length).toBe(2);
    a.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(cancelled).toEqual([]);
  });
});
