// Choosing the library from the UI: the harness starts with NO mode and an empty library (a fresh install). The
// start screen offers the interviewer's "Use an exercise library…"; a bogus folder is refused in words; this
// repo's exercises/ switches the app to interviewer mode without a restart, and the choice survives a reload.
// Settings shows the library and mode; "Stop using" returns to the candidate's start screen.
// Screenshots: tests/screenshots/library-setting-*.png.
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';

const SHOTS = 'tests/screenshots';
const LIBRARY = resolve('exercises');
let dataDir: string;
let harness: Harness;

test.beforeEach(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'assay-e2e-library-'));
  const empty = join(dataDir, 'empty-library');
  mkdirSync(empty);
  harness = await startHarness({ dataDir, libraryDir: empty, port: 0 });
});
test.afterEach(async () => {
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('an interviewer points a fresh install at the exercise library, then stops using it', async ({ page }) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'candidate');
  await expect(page.getByTestId('open-pack-zone')).toBeVisible();

  await page.getByText('Use an exercise library (interviewer)…').click();
  await page.getByTestId('library-path').fill(join(dataDir, 'nowhere'));
  await page.getByTestId('library-use').click();
  await expect(page.getByTestId('library-error')).toContainText('does not exist');
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'candidate');

  await page.getByTestId('library-path').fill(LIBRARY);
  await page.screenshot({ path: `${SHOTS}/library-setting-start.png` });
  await page.getByTestId('library-use').click();

  // Interviewer screens, no restart.
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'interviewer');
  await expect(page.getByTestId('rail-library')).toBeVisible();
  await page.getByTestId('rail-library').click();
  await expect(page.getByText('Collapsible sections in a CI job log').first()).toBeVisible();

  // Persisted: a reload (same store) comes back as the interviewer.
  await page.reload();
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'interviewer');

  await page.getByTestId('rail-settings').click();
  await expect(page.getByTestId('settings-library')).toHaveText(LIBRARY);
  await expect(page.getByTestId('settings-mode')).toHaveText('Interviewer');
  await page.screenshot({ path: `${SHOTS}/library-setting-settings.png` });

  await page.getByTestId('settings-stop').click();
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'candidate');
  await expect(page.getByTestId('open-pack-zone')).toBeVisible();
});
