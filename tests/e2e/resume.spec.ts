// One session per pack in Chromium (issue 10): the interviewer issues a pack (recorded in the register); the
// candidate starts it, types, closes the app mid-session and opens it again: the same session and the same clock
// come back (the deadline does not move). After submitting, the interviewer imports the bundle and sees one
// candidate, one start, one clock and the resume on the timeline, then archives and deletes the row. Screenshots: tests/screenshots/resume-*.png.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';

const SHOTS = 'tests/screenshots';
mkdirSync(SHOTS, { recursive: true });

let work: string;
let interviewer: Harness;
let candidate: Harness;
let ivContext: BrowserContext;
let cdContext: BrowserContext;

test.beforeAll(async ({ browser }) => {
  work = mkdtempSync(join(tmpdir(), 'assay-resume-e2e-'));
  interviewer = await startHarness({ dataDir: join(work, 'interviewer'), mode: 'interviewer' });
  candidate = await startHarness({ dataDir: join(work, 'candidate'), mode: 'candidate' });
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

const clockOf = (page: Page) =>
  page.evaluate(async () => {
    const s = await window.assay.candidateStatus({});
    return 'clock' in s && s.clock ? { startedAt: s.clock.startedAt, deadline: s.clock.deadline, phase: s.phase } : null;
  });

test('candidate closes and reopens mid-session: one candidate, one clock, the resume on the timeline', async () => {
  test.setTimeout(240_000);
  const iv = await ivContext.newPage();

  // ── Interviewer issues a 30-minute pack.
  await iv.goto(interviewer.url);
  await iv.getByTestId('rail-assessments').click();
  await iv.getByTestId('new-assessment').click();
  await iv.getByTestId('source-manual').check();
  await iv.locator('[data-testid="pick-exercise"][data-exercise-id="go-log-sections"] input').check();
  await iv.getByTestId('candidate-name').fill('Katherine Johnson');
  await iv.getByTestId('assessment-title').fill('Resume check');
  await iv.getByTestId('time-limit').fill('30');
  const packDownload = iv.waitForEvent('download');
  await iv.getByTestId('export-pack').click();
  const packPath = join(work, (await packDownload).suggestedFilename());
  await (await packDownload).saveAs(packPath);

  // ── Candidate starts and types.
  let cd = await cdContext.newPage();
  await cd.goto(candidate.url);
  await cd.getByTestId('open-pack-input').setInputFiles(packPath);
  await cd.getByTestId('start-button').click();
  await expect(cd.getByTestId('countdown')).toBeVisible();
  await cd.getByTestId('editor').locator('.view-lines').click();
  await cd.keyboard.press('ControlOrMeta+End');
  await cd.keyboard.type('// first sitting');
  await expect(cd.getByTestId('autosave-status')).toHaveText(/Autosaved/);
  const first = await clockOf(cd);
  expect(first?.phase).toBe('active');

  // ── The candidate closes the app mid-session, then opens it again on the same machine.
  await cd.close();
  await candidate.close();
  await new Promise((r) => setTimeout(r, 1500));
  candidate = await startHarness({ dataDir: join(work, 'candidate'), mode: 'candidate' });
  cd = await cdContext.newPage();
  await cd.goto(candidate.url);
  await expect(cd.getByTestId('countdown')).toBeVisible();
  const second = await clockOf(cd);
  expect(second).toEqual(first); // same session start, same deadline: the clock never restarted
  await cd.screenshot({ path: `${SHOTS}/resume-1-candidate-resumed.png` });

  // ── Submit; the bundle downloads.
  await cd.getByTestId('submit-button').click();
  const download = cd.waitForEvent('download');
  await cd.locator('dialog[open]').getByTestId('confirm-ok').click();
  const bundle = await download;
  const bundlePath = join(work, bundle.suggestedFilename());
  await bundle.saveAs(bundlePath);

  // ── Interviewer: one candidate, one start, the resume on the timeline.
  await iv.getByTestId('rail-candidates').click();
  await iv.getByTestId('import-input').setInputFiles([bundlePath]);
  await expect(iv.locator('[data-testid="import-outcomes"] li[data-ok="true"]')).toContainText('imported Katherine Johnson');
  await expect(iv.getByTestId('dashboard-row')).toHaveCount(1);
  await iv.screenshot({ path: `${SHOTS}/resume-2-dashboard.png` });
  await iv.getByTestId('dashboard-row').getByRole('link', { name: 'Katherine Johnson' }).click();
  const timeline = iv.locator('[data-testid="exercise-panel"][data-exercise-id="go-log-sections"]').getByTestId('timeline');
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline).toContainText('Resumed the session (same session, same clock)');
  await expect(timeline.getByText('Started the assessment')).toHaveCount(1);
  await expect(timeline.getByText(/Resumed the session/)).toHaveCount(1);
  await iv.screenshot({ path: `${SHOTS}/resume-3-timeline.png` });

  // ── The row can be archived (hidden, shown on request) and deleted (after confirming).
  await iv.getByTestId('rail-candidates').click();
  await iv.getByTestId('row-archive').click();
  await expect(iv.getByTestId('dashboard-row')).toHaveCount(0);
  await iv.getByTestId('show-archived').check();
  await expect(iv.getByTestId('dashboard-row')).toContainText('(archived)');
  iv.once('dialog', (d) => void d.accept());
  await iv.getByTestId('row-delete').click();
  await expect(iv.getByText('No submissions yet.')).toBeVisible();
});
