// The desktop app itself, through Playwright's Electron driver: the sandboxed window, the preload API and the
// candidate flow end to end. Needs an Electron binary (node_modules/electron/dist) and `npm run build`; when the
// binary is absent (it cannot be downloaded offline) the suite is skipped with a loud reason.
import { _electron as electron, test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channels } from '../../core/common/channels.ts';

const root = join(import.meta.dirname, '..', '..');

function electronBinary(): { path: string | null; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as string;
    if (existsSync(path)) return { path, reason: '' };
    return { path: null, reason: `Electron binary ${path} does not exist` };
  } catch (e) {
    return { path: null, reason: `no Electron binary (${(e as Error).message.split('\n')[0]})` };
  }
}

const binary = electronBinary();
if (!binary.path) console.warn(`SKIPPED electron suite: ${binary.reason}. Run \`node scripts/ensure-electron.js\` with network access.`);
test.skip(!binary.path, `SKIPPED electron suite: ${binary.reason}`);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'electron', 'main.js'))) throw new Error('dist/electron/main.js is missing: run npm run build');
  userData = mkdtempSync(join(tmpdir(), 'assay-electron-'));
  app = await electron.launch({
    executablePath: binary.path!,
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, ASSAY_USER_DATA: userData },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the window is sandboxed, cannot navigate away, and exposes only the contract', async () => {
  expect(page.url()).toBe('app://assay/index.html');
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys(window.assay).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  // Exactly the contract's methods (core/common/channels.ts) plus the run-event subscription.
  expect(globals.api).toEqual([...Object.keys(channels), 'onRunEvent'].sort());
  expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
  await page.evaluate(() => void (location.href = 'https://example.com/'));
  await page.waitForTimeout(500); // give a (refused) navigation the chance to happen
  expect(page.url()).toBe('app://assay/index.html');
  const err = await page.evaluate(() =>
    window.assay.saveWorkspace({ exerciseId: 'go-log-sections', files: { '../x': '' } }).then(() => '', (e: Error) => e.message),
  );
  expect(err).toMatch(/^invalid request for workspace:save: /);
});

test('candidate flow: open, type the reference solution, run, all visible tests pass, work survives reload', async () => {
  const reference = readFileSync(join(root, 'exercises/go/log-sections/reference/sections.go'), 'utf8');
  await page.locator('[data-testid="exercise-item"][data-exercise-id="go-log-sections"]').click();
  await expect(page.getByTestId('exercise-title')).toContainText('Collapsible sections');
  await page.locator('[data-testid="file-tab"][data-path="sections.go"]').click();
  await page.getByTestId('editor').locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(reference);
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'passed', { timeout: 90_000 });
  const rows = page.getByTestId('test-row');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const status of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) {
    expect(status).toBe('pass');
  }
  await page.reload();
  const saved = await page.evaluate(() => window.assay.loadWorkspace({ exerciseId: 'go-log-sections' }));
  expect(saved.files['sections.go']).toBe(reference);
});
