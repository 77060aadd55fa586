// The whole assessment loop in Chromium, with two harnesses as on two machines (real handlers, real toolchains):
// the interviewer (full library) builds and exports a pack; the candidate (no library, fresh data dir) opens it,
// solves one exercise, pastes into another through the clipboard, and lets the 1-minute clock run out (the
// bundle downloads by itself); the interviewer imports the bundle (and a broken file, refused), grades it with
// the hidden tests, reads the results, the paste and the replay, fills the rubric and exports a PDF, whose first
// page is rendered to PNG. Screenshots of every screen go to tests/screenshots/lifecycle-*.png.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';

const SHOTS = 'tests/screenshots';
mkdirSync(SHOTS, { recursive: true });
const read = (p: string) => readFileSync(p, 'utf8');
const GO_REFERENCE = read('exercises/go/log-sections/reference/sections.go');
const PASTED = '# pasted from my notes\nREF = /#(\\d+)/\n';

async function shoot(page: Page, name: string, both = false): Promise<void> {
  await expectAccessible(page, name);
  for (const scheme of both ? (['light', 'dark'] as const) : (['light'] as const)) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/lifecycle-${name}-${scheme}.png`, fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function modelText(page: Page, exerciseId: string, path: string): Promise<string | null> {
  return page.evaluate(
    ([id, p]) => {
      const monaco = (globalThis as { monaco?: any }).monaco;
      return monaco.editor.getModel(monaco.Uri.from({ scheme: 'assay', authority: id, path: `/${p}` }))?.getValue() ?? null;
    },
    [exerciseId, path] as const,
  );
}

async function openExercise(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="exercise-item"][data-exercise-id="${id}"]`).click();
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible();
  await expect.poll(() => modelText(page, id, id.startsWith('go') ? 'sections.go' : 'reference_extractor.rb')).not.toBeNull();
}

let work: string;
let interviewer: Harness;
let candidate: Harness;
let ivContext: BrowserContext;
let cdContext: BrowserContext;

test.beforeAll(async ({ browser }) => {
  work = mkdtempSync(join(tmpdir(), 'assay-lifecycle-e2e-'));
  interviewer = await startHarness({ dataDir: join(work, 'interviewer'), mode: 'interviewer' });
  candidate = await startHarness({ dataDir: join(work, 'candidate'), mode: 'candidate' });
  ivContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  cdContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  await cdContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: candidate.origin });
});

test.afterAll(async () => {
  await ivContext?.close();
  await cdContext?.close();
  await interviewer?.close();
  await candidate?.close();
  rmSync(work, { recursive: true, force: true });
});

test('interviewer → candidate → interviewer: pack, timed session, bundle, grading, review, PDF', async () => {
  test.setTimeout(420_000);
  const iv = await ivContext.newPage();
  const cd = await cdContext.newPage();

  // ── Interviewer: the library, a role profile's coverage, then a hand-picked 1-minute pack.
  await iv.goto(interviewer.url);
  await expect(iv.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'interviewer');
  await iv.getByTestId('rail-library').click();
  await expect(iv.locator('[data-testid="library-row"][data-exercise-id="go-log-sections"]')).toBeVisible();
  await shoot(iv, '1-library', true);
  await iv.getByTestId('rail-assessments').click();
  await iv.getByTestId('new-assessment').click();
  await expect(iv.getByTestId('coverage-matrix')).toContainText('This assessment covers');
  await shoot(iv, '2-profile-coverage', true);
  await iv.getByTestId('source-manual').check();
  await iv.locator('[data-testid="pick-exercise"][data-exercise-id="go-log-sections"] input').check();
  await iv.locator('[data-testid="pick-exercise"][data-exercise-id="ruby-reference-extractor"] input').check();
  await iv.getByTestId('candidate-name').fill('Ada Lovelace');
  await iv.getByTestId('assessment-title').fill('Backend screen');
  await iv.getByTestId('time-limit').fill('1');
  await shoot(iv, '3-build');
  const packDownload = iv.waitForEvent('download');
  await iv.getByTestId('export-pack').click();
  const pack = await packDownload;
  expect(pack.suggestedFilename()).toBe('ada-lovelace-backend-screen.assay-pack');
  const packPath = join(work, pack.suggestedFilename());
  await pack.saveAs(packPath);
  await expect(iv.getByTestId('export-done')).toBeVisible();
  const packText = execFileSync('gzip', ['-dc', packPath]).toString('utf8');
  expect(packText).not.toContain('func Parse(log string) ([]Section, error) {\n\tvar sections'); // the reference body

  // ── Candidate: no library; open the pack, read the instructions, Start.
  await cd.goto(candidate.url);
  await expect(cd.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'candidate');
  await shoot(cd, '4-candidate-start', true);
  await cd.getByTestId('open-pack-input').setInputFiles(packPath);
  await expect(cd.getByTestId('intro-title')).toHaveText('Backend screen');
  await expect(cd.getByTestId('intro-exercises')).toContainText('Collapsible sections in a CI job log');
  await shoot(cd, '5-instructions', true);
  await cd.getByTestId('start-button').click();
  await expect(cd.getByTestId('countdown')).toBeVisible();
  await expect(cd.getByTestId('countdown')).toHaveAttribute('data-tone', 'red'); // under 2 minutes from the start

  // Solve the Go exercise and run the pack's visible tests.
  await openExercise(cd, 'go-log-sections');
  await cd.getByTestId('editor').locator('.view-lines').click();
  await cd.keyboard.press('ControlOrMeta+A');
  await cd.keyboard.insertText(GO_REFERENCE);
  await expect(cd.getByTestId('autosave-status')).toHaveText(/Autosaved \d+ s ago/);
  await cd.keyboard.press('ControlOrMeta+Enter');
  await expect(cd.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'passed', { timeout: 40_000 });
  await shoot(cd, '6-session-solved', true);

  // Paste into the Ruby exercise through the real clipboard (Ctrl+V → Monaco's paste).
  await openExercise(cd, 'ruby-reference-extractor');
  const before = (await modelText(cd, 'ruby-reference-extractor', 'reference_extractor.rb'))!;
  await cd.evaluate((t) => navigator.clipboard.writeText(t), PASTED);
  await cd.getByTestId('editor').locator('.view-lines').click();
  await cd.keyboard.press('ControlOrMeta+End');
  await cd.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => modelText(cd, 'ruby-reference-extractor', 'reference_extractor.rb')).toContain('REF = /#(\\d+)/');
  expect((await modelText(cd, 'ruby-reference-extractor', 'reference_extractor.rb'))!.length).toBeGreaterThan(before.length);
  await cd.evaluate(() => {
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
  });

  // The clock runs out: the session submits itself and the bundle downloads.
  const bundleDownload = cd.waitForEvent('download', { timeout: 90_000 });
  await expect(cd.getByTestId('submitted-title')).toBeVisible({ timeout: 90_000 });
  await expect(cd.getByTestId('submitted-reason')).toContainText('Time ran out');
  const bundle = await bundleDownload;
  expect(bundle.suggestedFilename()).toBe('ada-lovelace-backend-screen.assay-submission');
  const bundlePath = join(work, bundle.suggestedFilename());
  await bundle.saveAs(bundlePath);
  await shoot(cd, '7-submitted', true);

  // ── Interviewer: import (a broken file is refused, nothing else changes), grade, review.
  const broken = join(work, 'broken.assay-submission');
  writeFileSync(broken, 'this is not a bundle');
  await iv.getByTestId('rail-candidates').click();
  await iv.getByTestId('import-input').setInputFiles([broken, bundlePath]);
  await expect(iv.locator('[data-testid="import-outcomes"] li[data-ok="false"]')).toContainText('broken.assay-submission was not imported');
  await expect(iv.locator('[data-testid="import-outcomes"] li[data-ok="true"]')).toContainText('imported Ada Lovelace');
  await expect(iv.getByTestId('dashboard-row')).toHaveCount(1);
  await expect(iv.getByTestId('dashboard-row')).toContainText('not graded');
  await iv.getByTestId('grade-ungraded').click();
  await expect(iv.getByTestId('grade-progress')).toBeVisible();
  await expect(iv.getByTestId('grade-progress')).toHaveAttribute('data-running', 'false', { timeout: 180_000 });
  await expect(iv.getByTestId('dashboard-row')).not.toContainText('not graded');
  await shoot(iv, '8-dashboard', true);

  await iv.getByTestId('dashboard-row').getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(iv.getByTestId('candidate-name-title')).toHaveText('Ada Lovelace');
  await expect(iv.getByTestId('summary-card')).toContainText('time ran out');
  const goPanel = iv.locator('[data-testid="exercise-panel"][data-exercise-id="go-log-sections"]');
  await expect(goPanel.getByTestId('exercise-verdict')).toContainText('Passed');
  await expect(goPanel.locator('[data-testid="graded-test"][data-kind="hidden"][data-status="pass"]').first()).toBeVisible();
  await expect(goPanel.locator('[data-testid="graded-test"][data-kind="hidden"]:not([data-status="pass"])')).toHaveCount(0);
  await shoot(iv, '9-candidate', true);

  // Replay: scrub back to the starter.
  await goPanel.getByTestId('replay').scrollIntoViewIfNeeded();
  await goPanel.getByTestId('replay-slider').fill('0');
  await expect(goPanel.getByTestId('replay-step')).toHaveText('0');
  await expect(goPanel.getByTestId('replay-diff')).toContainText('TODO');
  await shoot(iv, '10-replay');

  // The paste is on the Ruby exercise's timeline, with its size and file.
  await iv.locator('[data-testid="exercise-tab"][data-exercise-id="ruby-reference-extractor"]').click();
  const rbPanel = iv.locator('[data-testid="exercise-panel"][data-exercise-id="ruby-reference-extractor"]');
  await expect(rbPanel.getByTestId('timeline')).toContainText(`Pasted ${PASTED.length} characters (3 lines) into reference_extractor.rb`);
  await rbPanel.getByTestId('timeline').scrollIntoViewIfNeeded();
  await shoot(iv, '11-paste-timeline');

  // Rubric, saved as you type.
  const rows = iv.getByTestId('rubric-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await rows.nth(i).getByRole('radio', { name: i === 0 ? 'Strong Yes' : 'Yes', exact: true }).check();
  await rows.first().locator('textarea').fill('Stack-based section parser, clean and correct.');
  await iv.getByRole('radiogroup', { name: 'Overall recommendation' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await iv.getByTestId('rubric-notes').fill('Solid Go; ran out of time on the Ruby exercise.');
  await expect(iv.getByTestId('rubric-save')).toHaveAttribute('data-state', 'saved');
  await expect(iv.getByTestId('summary-recommendation')).toHaveText('Yes');
  await iv.getByTestId('rubric').scrollIntoViewIfNeeded();
  await shoot(iv, '12-rubric', true);

  // PDF scorecard: a real PDF whose first page we render and keep.
  const pdfDownload = iv.waitForEvent('download');
  await iv.getByTestId('export-pdf').click();
  const pdf = await pdfDownload;
  const pdfPath = join(work, pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfPath, `${SHOTS}/lifecycle-13-scorecard-pdf`]);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8');
  expect(text).toContain('Ada Lovelace');
  expect(text).toContain('Stack-based section parser, clean and correct.');
});
