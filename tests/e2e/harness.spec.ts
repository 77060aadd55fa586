// The browser harness itself: token-protected bridge, contract validation on every request, static serving that
// cannot leave dist/renderer, and a renderer that never reaches beyond 127.0.0.1.
import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { test, expect } from './fixtures.ts';
import { RENDERER_CSP } from '../../core/node/web/csp.ts';

/** A raw GET (no URL normalisation, unlike fetch) returning the status code. */
function rawGet(port: number, path: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a bridge socket from Node; resolves with the socket or rejects with the handshake error. */
function openSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function ask(ws: WebSocket, msg: unknown): Promise<{ id: number | null; result?: unknown; error?: string }> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  });
}

test('serves the renderer with the bridge first and the CSP header', async ({ harness, request }) => {
  const res = await request.get(harness.url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-security-policy']).toBe(RENDERER_CSP);
  const html = await res.text();
  const bridgeAt = html.indexOf('<script src="/harness-bridge.js"></script>');
  expect(bridgeAt).toBeGreaterThan(0);
  expect(html.indexOf('<script', bridgeAt + 1)).toBeGreaterThan(bridgeAt);
  expect(html.slice(0, bridgeAt)).not.toMatch(/<script\b/);
});

test('static serving refuses traversal and foreign Host headers', async ({ harness }) => {
  expect(await rawGet(harness.port, '/index.html')).toBe(200);
  for (const path of ['/../package.json', '/../../etc/passwd', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/..%5c..%5cpackage.json']) {
    expect(await rawGet(harness.port, path), path).toBe(404);
  }
  expect(await rawGet(harness.port, '/index.html', 'attacker.example:80')).toBe(421);
});

test('the bridge rejects a wrong or missing token, and foreign origins', async ({ harness, page }) => {
  const ws = `ws://127.0.0.1:${harness.port}/bridge`;
  await expect(openSocket(`${ws}?token=wrong`)).rejects.toThrow(/Unexpected server response: 401/);
  await expect(openSocket(ws)).rejects.toThrow(/Unexpected server response: 401/);
  await expect(openSocket(`${ws}?token=${harness.token}`, { origin: 'http://attacker.example' })).rejects.toThrow(
    /Unexpected server response: 403/,
  );
  const good = await openSocket(`${ws}?token=${harness.token}`, { origin: harness.origin });
  good.close();

  await page.goto(`${harness.origin}/?token=not-the-token`);
  const err = await page.evaluate(() => window.assay.listExercises({}).then(() => 'resolved', (e: Error) => e.message));
  expect(err).toBe('harness refused the connection (wrong or missing ?token= in the page URL)');
});

test('invalid requests are rejected by contract validation with a clear error', async ({ harness, page }) => {
  await page.goto(harness.url);
  const outcome = (p: string) =>
    page.evaluate(async (which) => {
      const calls: Record<string, () => Promise<unknown>> = {
        traversal: () => window.assay.saveWorkspace({ exerciseId: 'go-log-sections', files: { '../../.bashrc': 'x' } }),
        badId: () => window.assay.openExercise({ id: '../hidden' }),
        extraKey: () => window.assay.listExercises({ everything: true } as never),
        valid: () => window.assay.listExercises({}),
      };
      return calls[which]!().then((r) => ({ ok: r }), (e: Error) => ({ error: e.message }));
    }, p);

  expect(await outcome('traversal')).toEqual({
    error: expect.stringMatching(/^invalid request for workspace:save: files\["\.\.\/\.\.\/\.bashrc"\]: not a safe relative path/s),
  });
  expect(await outcome('badId')).toEqual({ error: expect.stringMatching(/^invalid request for exercise:open: .*not an exercise id/s) });
  expect(await outcome('extraKey')).toEqual({ error: expect.stringMatching(/^invalid request for library:list: .*everything/s) });
  const valid = (await outcome('valid')) as { ok: { id: string }[] };
  expect(valid.ok.map((e) => e.id)).toEqual(expect.arrayContaining(['go-log-sections', 'ruby-reference-extractor']));

  const ws = await openSocket(`ws://127.0.0.1:${harness.port}/bridge?token=${harness.token}`);
  expect(await ask(ws, { id: 7, channel: 'fs:readFile', request: { path: '/etc/passwd' } })).toEqual({
    id: 7,
    error: 'unknown channel "fs:readFile"',
  });
  expect(await ask(ws, 'not json')).toEqual({ id: null, error: 'malformed message: not JSON' });
  ws.close();
});

test('the app makes no request beyond 127.0.0.1 and no CSP violation', async ({ harness, page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));

  await page.goto(harness.url);
  const item = page.locator('[data-testid="exercise-item"][data-exercise-id="go-log-sections"]');
  await item.click();
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(3);
  expect(requests).toContain(`ws://127.0.0.1:${harness.port}/bridge?token=${harness.token}`);
  const remote = requests.filter(
    (u) => !u.startsWith(`${harness.origin}/`) && !u.startsWith(`ws://127.0.0.1:${harness.port}/`) && !/^(data|blob):/.test(u),
  );
  expect(remote).toEqual([]);
  expect(violations).toEqual([]);
});
