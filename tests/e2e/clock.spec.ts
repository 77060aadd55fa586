// Issue 11 in Chromium: the computer's clock is set back an hour mid-session, as seen by the main process (the
// harness's injected wall clock) and by the page (Date.now). The countdown does not grow; the session records the
// jump; the interviewer sees it as a finding on the candidate's page (summary and timeline) and in the PDF.
import { test, expect, type BrowserContext, type Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';
import { exportPack } from '../../core/node/assessment/pack.ts';
import { Register } from '../../core/node/assessment/register.ts';
import { systemClocks } from '../../core/node/session/clock.ts';

const HOUR = 3600_000;
let work: string;
let interviewer: Harness;
let candidate: Harness;
let ivContext: BrowserContext;
let cdContext: BrowserContext;
/** The candidate's wall clock, seen by the session in the main process: the system's plus this offset. */
let wallOffset = 0;

test.beforeAll(async ({ browser }) => {
  work = mkdtempSync(join(tmpdir(), 'assay-clock-e2e-'));
  interviewer = await startHarness({ dataDir: join(work, 'interviewer'), mode: 'interviewer' });
  const clocks = { ...systemClocks(), wall: () => Date.now() + wallOffset };
  candidate = await startHarness({ dataDir: join(work, 'candidate'), mode: 'candidate', clock: clocks });
  ivContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  cdContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
});

test.afterAll(async () => {
  await ivContext?.close();
  await cdContext?.close();
  await interviewer?.close();
  await candidate?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The countdown's "29:41 remaining" or "1:02:03 remaining" → seconds. */
async function left(countdown: Locator): Promise<number> {
  const label = (await countdown.getAttribute('aria-label')) ?? '';
  const m = /^(\d+(?::\d\d)+) remaining$/.exec(label);
  if (!m) throw new Error(`countdown label: ${label}`);
  return m[1]!.split(':').map(Number).reduce((s, n) => s * 60 + n, 0);
}

test('the wall clock set back mid-session: the countdown does not grow; the interviewer sees the finding', async () => {
  test.setTimeout(180_000);
  const packPath = join(work, 'clock.assay-pack');
  // Issued the way the app issues it: recorded in the interviewer's register, which grading checks the bundle against.
  const issued = exportPack({
    libraryDir: 'exercises',
    exerciseIds: ['go-log-sections'],
    title: 'Clock screen',
    candidateName: 'Grace Hopper',
    timeLimitMinutes: 30,
    out: packPath,
  });
  new Register(join(work, 'interviewer', 'interviewer', 'register')).issue(issued.record, issued.digest);

  const cd = await cdContext.newPage();
  await cd.goto(candidate.url);
  await cd.getByTestId('open-pack-input').setInputFiles(packPath);
  await cd.getByTestId('start-button').click();
  const countdown = cd.getByTestId('countdown');
  await expect(countdown).toBeVisible();
  const before = await left(countdown);
  expect(before).toBeGreaterThan(29 * 60 - 30);

  // Set the clock back one hour: in the main process and in the page.
  wallOffset = -HOUR;
  await cd.evaluate((ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
  }, -HOUR);
  // The next heartbeat (every 5 s) observes the jump and writes it to the activity log.
  const activity = join(work, 'candidate', 'candidate', 'session', 'activity.jsonl');
  await expect.poll(() => (existsSync(activity) ? readFileSync(activity, 'utf8') : ''), { timeout: 20_000 }).toContain('"kind":"wall_back"');
  // After a heartbeat brought the server's clock back: the countdown has not grown.
  await cd.waitForTimeout(6000);
  const after = await left(countdown);
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 5 * 60); // and was not shortened either: real time passed, seconds

  const bundleDownload = cd.waitForEvent('download');
  await cd.getByTestId('submit-button').click();
  await cd.getByRole('button', { name: 'Submit now' }).click();
  await expect(cd.getByTestId('submitted-title')).toBeVisible();
  const bundle = await bundleDownload;
  const bundlePath = join(work, bundle.suggestedFilename());
  await bundle.saveAs(bundlePath);

  // Interviewer: import, open the candidate's page: the finding is in the summary and on the timeline.
  const iv = await ivContext.newPage();
  await iv.goto(interviewer.url);
  await iv.getByTestId('rail-candidates').click();
  await iv.getByTestId('import-input').setInputFiles([bundlePath]);
  await expect(iv.locator('[data-testid="import-outcomes"] li[data-ok="true"]')).toContainText('imported Grace Hopper');
  await iv.getByTestId('dashboard-row').getByRole('link', { name: 'Grace Hopper' }).click();
  await expect(iv.getByTestId('candidate-name-title')).toHaveText('Grace Hopper');
  const finding = /The computer's clock was set back 1 h 0 min while Assay ran/;
  await expect(iv.getByTestId('summary-card').getByTestId('flag-list')).toContainText(finding);
  await expect(iv.getByTestId('summary-card').locator('li[data-code="clock_wall_back"]')).toContainText(/clock wall back/i);
  await expect(iv.getByTestId('wall-time-used')).toContainText("the computer's clock says −");
  await expect(iv.getByTestId('timeline').first()).toContainText(finding);
  await iv.screenshot({ path: 'tests/screenshots/clock-finding.png' });

  const pdfDownload = iv.waitForEvent('download');
  await iv.getByTestId('export-pdf').click();
  const pdf = await pdfDownload;
  const pdfPath = join(work, pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain("The computer's clock was set back 1 h 0 min while Assay ran");
  expect(text).toContain("the computer's clock says −");
});
