// kill -9 mid-typing: the candidate app (the browser harness in candidate mode, started as a child process so it
// can be killed for real) dies while the candidate types a key every ~90 ms. Restarted on the same data dir,
// the session reopens where it was: the editor holds exactly a prefix of what was typed, the keystrokes lost
// are at most ~2 s old at the moment of the kill, and the clock counted the time the app was dead. Then a
// manual Submit (confirmed) ends the session and downloads the bundle.
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPack } from '../../core/node/assessment/pack.ts';

const STARTER = readFileSync('exercises/go/log-sections/starter/sections.go', 'utf8');

interface App {
  child: ChildProcess;
  url: string;
}

/** Starts `node scripts/harness.ts --mode candidate` and waits for the URL it prints. */
function startApp(dataDir: string): Promise<App> {
  const child = spawn(process.execPath, ['scripts/harness.ts', '--mode', 'candidate', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += String(d)));
    child.once('exit', (code) => reject(new Error(`harness exited (${code}): ${out}`)));
  });
}

function modelText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const monaco = (globalThis as { monaco?: any }).monaco;
    return monaco?.editor.getModel(monaco.Uri.from({ scheme: 'assay', authority: 'go-log-sections', path: '/sections.go' }))?.getValue() ?? null;
  });
}

let work: string;
let app: App | null = null;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-crash-e2e-'));
});
test.afterAll(() => {
  app?.child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('kill -9 while typing loses at most ~2 s of edits; the reopened session resumes with an honest clock', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = join(work, 'data');
  const packPath = join(work, 'crash.assay-pack');
  exportPack({ libraryDir: 'exercises', exerciseIds: ['go-log-sections', 'ruby-reference-extractor'], candidateName: 'Grace Hopper', timeLimitMinutes: 30, out: packPath });

  app = await startApp(dataDir);
  await page.goto(app.url);
  await page.getByTestId('open-pack-input').setInputFiles(packPath);
  await page.getByTestId('start-button').click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await expect.poll(() => modelText(page)).toBe(STARTER);
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('// ');

  // Type steadily (a key every ~90 ms; the page notes when each key arrives) and kill the app 4 s in.
  await page.evaluate(() => {
    const keys: number[] = [];
    (window as unknown as { keyTimes: number[] }).keyTimes = keys;
    document.addEventListener('keydown', () => keys.push(Date.now()), true);
  });
  const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
  const began = Date.now();
  const typing = page.keyboard.type(text, { delay: 90 });
  await page.waitForTimeout(4000);
  const killedAt = Date.now();
  app.child.kill('SIGKILL');
  await new Promise((r) => app!.child.once('exit', r));
  await typing;
  const times = (await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes)).filter((t) => t <= killedAt);
  const typed = text.slice(0, times.length);
  expect((await modelText(page))!.startsWith(`${STARTER}// ${typed}`)).toBe(true);

  // The app is down for a few seconds, then reopened on the same data dir.
  await page.waitForTimeout(3000);
  app = await startApp(dataDir);
  const reopenedAt = Date.now();
  await page.goto(app.url);
  await expect(page.getByTestId('countdown')).toBeVisible();
  await expect.poll(() => modelText(page)).not.toBeNull();
  const restored = (await modelText(page))!;

  // Exactly a prefix of what was typed survived (nothing corrupt, nothing invented).
  const base = `${STARTER}// `;
  const survived = restored === STARTER ? 0 : restored.startsWith(base) ? restored.length - base.length : -1;
  expect(survived).toBeGreaterThanOrEqual(0);
  expect(survived).toBeLessThanOrEqual(typed.length);
  expect(restored).toBe(base + typed.slice(0, survived));
  const lostKeys = typed.length - survived;
  const lostMs = survived === 0 ? killedAt - began : killedAt - times[survived - 1]!;
  console.log(`crash: typed ${typed.length} keys in ${killedAt - began} ms, ${survived} survived, lost ${lostKeys} keys = the last ${lostMs} ms`);
  expect(survived).toBeGreaterThan(0);
  expect(lostMs).toBeLessThanOrEqual(2000);
  await expect(page.getByTestId('autosave-status')).toHaveText(/Autosaved|No changes yet/);

  // The clock ran on while the app was dead, and the gap is on record.
  const state = JSON.parse(readFileSync(join(dataDir, 'candidate', 'session', 'state.json'), 'utf8')) as { deadline: number; startedAt: number };
  expect(state.deadline - state.startedAt).toBe(30 * 60_000);
  const events = readFileSync(join(dataDir, 'candidate', 'session', 'activity.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; durationMs?: number });
  const closed = events.find((e) => e.type === 'app_closed');
  expect(closed?.durationMs).toBeGreaterThanOrEqual(reopenedAt - killedAt - 2500);
  const label = (await page.getByTestId('countdown').getAttribute('aria-label'))!;
  const [mm, ss] = label.replace(' remaining', '').split(':').map(Number);
  const shown = (mm! * 60 + ss!) * 1000;
  expect(Math.abs(shown - (state.deadline - Date.now()))).toBeLessThanOrEqual(3000);

  // Submitting early asks first; Cancel keeps working, confirming submits and offers the bundle.
  await page.getByTestId('submit-button').click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toContainText('Submit your work now?');
  await dialog.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await page.getByTestId('submit-button').click();
  const download = page.waitForEvent('download');
  await page.locator('dialog[open]').getByTestId('confirm-ok').click();
  await expect(page.getByTestId('submitted-reason')).toContainText('You submitted your work.');
  expect((await download).suggestedFilename()).toBe('grace-hopper-technical-interview.assay-submission');
});
