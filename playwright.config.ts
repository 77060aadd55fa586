// Two projects:
//   chromium — the renderer in the system Chromium, served by the browser harness (tests/e2e, fixture in
//              tests/e2e/fixtures.ts: a fresh harness + temp data dir per test; needs `npm run build`).
//   electron — the packaged shell via _electron.launch (tests/electron); skips loudly without an Electron binary.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Runs compile and test real Go/Ruby code on a small shared machine: one worker keeps timings sane.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  // Overridable so concurrent runs (several engineers on one checkout) do not wipe each other's artifacts.
  outputDir: process.env.ASSAY_PW_OUTPUT ?? 'test-results/playwright',
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
