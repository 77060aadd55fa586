// Withdrawing an issued pack from its assessment's page (through the harness, the app's real handler table):
// "Withdraw…" asks for a reason and a confirmation, the row then says Withdrawn with the reason as text (never
// markup), the register holds the re-signed withdrawal, its pack can no longer be downloaded, and Reinstate undoes
// it. The page still fits and passes axe.
// Screenshots: tests/screenshots/withdraw-*.png.
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';
import { Register } from '../../core/node/assessment/register.ts';
import { expectAccessible, expectNoHorizontalScroll, shootBoth } from './support/axe.ts';

let work: string;
let iv: Harness;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assay-withdraw-e2e-'));
  iv = await startHarness({ dataDir: join(work, 'interviewer'), mode: 'interviewer' });
});
test.afterAll(async () => {
  await iv?.close();
  rmSync(work, { recursive: true, force: true });
});

test('withdraw an invited pack with a reason, then reinstate it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(iv.url);
  const id = await page.evaluate(async () => (await window.assay.exportPack({ candidateName: 'Ada Lovelace', title: 'Backend screen', timeLimitMinutes: 60, exerciseIds: ['go-log-sections'] })).assessment.id);
  await page.goto(`${iv.url}#/assessments/${id}`);
  const row = page.locator('[data-testid="invited-row"][data-candidate="Ada Lovelace"]');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('withdrawn-state')).toHaveCount(0);

  await row.getByTestId('withdraw-pack').click();
  // Cancel withdraws nothing.
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.getByTestId('withdraw-form')).toHaveCount(0);
  expect(new Register(join(work, 'interviewer', 'interviewer', 'register')).get(id)!.record.withdrawn).toBeUndefined();

  await row.getByTestId('withdraw-pack').click();
  await row.getByTestId('withdraw-reason').fill('sent to the wrong <img src=x onerror=alert(1)> person');
  await expectNoHorizontalScroll(page, 'withdraw-form');
  await expectAccessible(page, 'withdraw-form');
  await shootBoth(page, 'tests/screenshots', 'withdraw-1-form');
  await row.getByTestId('withdraw-confirm').click();
  await expect(row).toHaveAttribute('data-withdrawn', 'true');
  await expect(row.getByTestId('withdrawn-state')).toContainText('Withdrawn');
  await expect(row.getByTestId('withdrawn-state')).toContainText('sent to the wrong <img src=x onerror=alert(1)> person');
  await expect(row.locator('img')).toHaveCount(0);
  // A withdrawn pack is not sent again: its Download is off, and "Download all" leaves it out (none left here).
  await expect(row.getByRole('button', { name: 'Download pack for Ada Lovelace' })).toBeDisabled();
  await expect(page.getByTestId('download-all-packs')).toBeDisabled();
  await expect(page.getByTestId('download-all-packs')).toHaveText('No pack to download');
  await expect(page.getByTestId('assessment-meta')).toContainText('(1 withdrawn)');
  const w = new Register(join(work, 'interviewer', 'interviewer', 'register')).get(id)!.record.withdrawn;
  expect(w?.reason).toBe('sent to the wrong <img src=x onerror=alert(1)> person');
  await expectNoHorizontalScroll(page, 'withdrawn');
  await expectAccessible(page, 'withdrawn');
  await shootBoth(page, 'tests/screenshots', 'withdraw-2-withdrawn');

  await row.getByTestId('reinstate-pack').click();
  await expect(row.getByTestId('withdrawn-state')).toHaveCount(0);
  await expect(row).not.toHaveAttribute('data-withdrawn', 'true');
  await expect(row.getByTestId('withdraw-pack')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Download pack for Ada Lovelace' })).toBeEnabled();
  await expect(page.getByTestId('download-all-packs')).toHaveText('Download the pack');
  expect(new Register(join(work, 'interviewer', 'interviewer', 'register')).get(id)!.record.withdrawn).toBeUndefined();
});
