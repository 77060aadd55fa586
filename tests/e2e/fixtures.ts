// Playwright fixture for the browser e2e suite: every test gets its own harness (real handler table, real
// exercise library) on a random port with a fresh temp data dir, torn down afterwards.
//
//   import { test, expect } from './fixtures.ts';
//   test('…', async ({ page, harness }) => { await page.goto(harness.url); … });
//
// `harness.url` carries the per-start token; the page must be opened with it (reloads keep it).
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';

export const test = base.extend<{ harness: Harness & { dataDir: string } }>({
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'assay-e2e-'));
    const harness = await startHarness({ dataDir, port: 0 });
    await use({ ...harness, dataDir });
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
