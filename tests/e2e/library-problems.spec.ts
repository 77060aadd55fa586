// A broken exercise shows in the library with its error and is in no picker or pack; the builder warns when the
// time limit is below the exercises' minutes; placeholder requirement rows ("TODO") never show; axe on each.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { startHarness } from '../../scripts/harness.ts';
import { expectAccessible, expectNoHorizontalScroll } from './support/axe.ts';

test('library problems are surfaced, not swallowed', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'assay-libprob-'));
  const lib = join(root, 'library');
  cpSync('exercises/go/log-sections', join(lib, 'go/log-sections'), { recursive: true });
  cpSync('exercises/go/log-sections', join(lib, 'go/broken-one'), { recursive: true });
  writeFileSync(join(lib, 'go/broken-one/exercise.json'), '{ "id": "go-broken-one", ');
  cpSync('exercises/requirements.json', join(lib, 'requirements.json'));
  cpSync('exercises/profiles.json', join(lib, 'profiles.json'));
  const h = await startHarness({ dataDir: join(root, 'data'), mode: 'interviewer', libraryDir: lib, log: () => {} });
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(h.url);
    await page.getByTestId('rail-library').click();
    const problems = page.getByTestId('library-problems');
    await expect(problems).toContainText('1 exercise cannot be used');
    await expect(page.getByTestId('library-problem')).toContainText('go/broken-one');
    await expect(page.locator('[data-testid="library-row"]')).toHaveCount(1);
    await expectNoHorizontalScroll(page, 'library with a problem');
    await expectAccessible(page, 'library with a problem');

    await page.getByTestId('rail-assessments').click();
    await page.getByTestId('new-assessment').click();
    await expect(page.getByTestId('library-problems')).toBeVisible();
    await expect(page.getByTestId('coverage-matrix')).not.toContainText(/^TODO$/m);
    await expect(page.getByTestId('coverage-matrix').locator('td', { hasText: /^TODO$/ })).toHaveCount(0);
    await page.getByTestId('source-manual').check();
    await expect(page.locator('[data-testid="pick-exercise"][data-exercise-id="go-broken-one"]')).toHaveCount(0);
    await page.locator('[data-testid="pick-exercise"][data-exercise-id="go-log-sections"] input').check();
    await page.getByTestId('time-limit').fill('5');
    await expect(page.getByTestId('time-warning')).toContainText('shorter than the exercises');
    await page.getByTestId('time-limit').fill('60');
    await expect(page.getByTestId('time-warning')).toHaveCount(0);
    await expectAccessible(page, 'builder with a problem');
  } finally {
    await h.close();
    rmSync(root, { recursive: true, force: true });
  }
});
