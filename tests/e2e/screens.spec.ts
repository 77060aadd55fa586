// Every interviewer screen at laptop (1024×768) and desktop (1920×1080) sizes, light and dark: no horizontal
// scrolling, no serious/critical axe violations, screenshots to tests/screenshots/screens-*.png. The interviewer
// builds one assessment in the UI and issues it to three candidates in one go; three candidate sessions are played
// with those packs through the real candidate handlers (one pastes, one is slow, one copies another), their
// bundles imported in one go on the assessment's page and graded with the hidden tests.
import { test, expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../scripts/harness.ts';
import { expectAccessible, expectNoHorizontalScroll, shootBoth } from './support/axe.ts';
import { playSession } from './support/seed.ts';

const SHOTS = 'tests/screenshots';
mkdirSync(SHOTS, { recursive: true });
const EX = 'go-log-sections';
const FILE = 'sections.go';
const REFERENCE = readFileSync(`exercises/go/log-sections/reference/${FILE}`, 'utf8');
const STARTER = readFileSync(`exercises/go/log-sections/starter/${FILE}`, 'utf8');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

let work: string;
let iv: Harness;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assay-screens-e2e-'));
  iv = await startHarness({ dataDir: join(work, 'interviewer'), mode: 'interviewer' });
});
test.afterAll(async () => {
  await iv?.close();
  rmSync(work, { recursive: true, force: true });
});

async function check(page: Page, name: string): Promise<void> {
  await expectNoHorizontalScroll(page, name);
  await expectAccessible(page, name);
  await shootBoth(page, SHOTS, `screens-${name}`);
}

async function exportPack(page: Page, candidateName: string): Promise<string> {
  const out = await page.evaluate(
    (name) => window.assay.exportPack({ candidateName: name, title: 'Backend screen', timeLimitMinutes: 60, exerciseIds: ['go-log-sections'] }),
    candidateName,
  );
  return out.file.data;
}

/** Builds one assessment in the UI and issues it to three candidates in one go (two typed, one from a list file);
 *  returns the assessment id and each candidate's pack (base64) from the three downloads. */
async function issueThree(page: Page): Promise<{ groupId: string; packs: Map<string, string> }> {
  await page.getByTestId('rail-assessments').click();
  await page.getByTestId('new-assessment').click();
  await page.getByTestId('source-manual').check();
  await page.locator('[data-testid="pick-exercise"][data-exercise-id="go-log-sections"] input').check();
  await page.getByTestId('who-many').check();
  await page.getByTestId('candidate-list').fill('Ada Lovelace, ada@example.com\nGrace Hopper');
  await page.getByTestId('candidate-list-file').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\r\nEdsger Dijkstra,edsger@example.com\r\n') });
  await expect(page.getByTestId('candidate-count')).toHaveText('3 candidates');
  await page.getByTestId('assessment-title').fill('Backend screen');
  await page.getByTestId('time-limit').fill('60');
  await expect(page.getByTestId('issue-packs')).toHaveText('Issue 3 packs');
  await check(page, 'build-many');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByTestId('issue-packs').click();
  await expect(page.getByTestId('issue-done')).toContainText('Issued 3 personal packs');
  await expect.poll(() => downloads.length).toBe(3);
  const packs = new Map<string, string>();
  for (const d of downloads) packs.set(d.suggestedFilename(), readFileSync((await d.path())!).toString('base64'));
  expect([...packs.keys()].sort()).toEqual(['ada-lovelace-backend-screen.assay-pack', 'edsger-dijkstra-backend-screen.assay-pack', 'grace-hopper-backend-screen.assay-pack']);
  const href = (await page.getByTestId('open-assessment').getAttribute('href'))!;
  return { groupId: href.split('/').pop()!, packs };
}

test('interviewer screens: three candidates imported, graded; every screen fits and passes axe', async ({ browser }) => {
  test.setTimeout(360_000);
  const context = await browser.newContext({ viewport: SIZES[0], acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(iv.url);
  await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'interviewer');

  const { groupId, packs } = await issueThree(page);
  const pack = (slug: string) => packs.get(`${slug}-backend-screen.assay-pack`)!;
  // The assessment's page: three invited, nothing back; in progress is not known offline.
  await page.getByTestId('open-assessment').click();
  await expect(page.getByTestId('assessment-title-heading')).toHaveText('Backend screen');
  await expect(page.getByTestId('stage-invited')).toContainText('3');
  await expect(page.getByTestId('invited-row')).toHaveCount(3);
  await expect(page.locator('[data-testid="invited-row"][data-candidate="Ada Lovelace"]')).toContainText('ada@example.com');
  await check(page, 'assessment-invited');
  // Download all: the browser has no folder dialog (savePacks answers 'unavailable'), so each pack is saved again as
  // its own download, the same bytes as when it was issued.
  const again: Download[] = [];
  page.on('download', (d) => again.push(d));
  await page.getByTestId('download-all-packs').click();
  await expect.poll(() => again.length).toBe(3);
  for (const d of again) expect(readFileSync((await d.path())!).toString('base64'), d.suggestedFilename()).toBe(packs.get(d.suggestedFilename()));
  await expect(page.getByTestId('download-all-packs')).toBeEnabled();

  const bundles = [
    await playSession(join(work, 'ada'), pack('ada-lovelace'), EX, {
      edits: [
        { afterMs: 120_000, files: { [FILE]: STARTER.replace('TODO', 'TODO: stack of open sections') } },
        { afterMs: 300_000, files: { [FILE]: REFERENCE } },
      ],
      paste: { file: FILE, text: REFERENCE.slice(0, 400) },
      run: true,
      awayMs: 45_000,
    }, work),
    await playSession(join(work, 'grace'), pack('grace-hopper'), EX, {
      edits: [
        { afterMs: 600_000, files: { [FILE]: STARTER.replace('TODO', 'TODO: think') } },
        { afterMs: 1_500_000, files: { [FILE]: STARTER.replace('TODO', 'TODO: think harder') } },
        { afterMs: 900_000, files: { [FILE]: STARTER.replace('return nil, nil', 'return []Section{}, nil') } },
      ],
    }, work),
    await playSession(join(work, 'edsger'), pack('edsger-dijkstra'), EX, {
      edits: [{ afterMs: 240_000, files: { [FILE]: REFERENCE.replaceAll('stack', 'open') } }],
    }, work),
  ];

  // The bundles, imported in one go on the assessment's page, sort into its three candidates (one row per pack).
  await page.getByTestId('import-input').setInputFiles(bundles);
  await expect(page.locator('[data-testid="import-outcomes"] li[data-ok="true"]')).toHaveCount(3);
  await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
  await expect(page.getByTestId('stage-invited')).toContainText('0');
  await expect(page.getByTestId('invited-row')).toHaveCount(0);
  await page.getByTestId('rail-candidates').click();
  await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
  await page.getByTestId('grade-ungraded').click();
  await expect(page.getByTestId('grade-progress')).toHaveAttribute('data-running', 'false', { timeout: 240_000 });
  await expect(page.getByTestId('dashboard-row').first()).not.toContainText('not graded');
  const adaHref = await page.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href');

  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const rail of ['library', 'assessments', 'candidates', 'settings'] as const) {
      await page.getByTestId(`rail-${rail}`).click();
      await expect(page.getByTestId(`rail-${rail}`)).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('main h1').first()).toBeVisible();
      if (rail === 'candidates') await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
      await check(page, rail);
    }
    await page.getByTestId('rail-assessments').click();
    await expect(page.getByTestId('assessment-group-row')).toHaveCount(1);
    await page.getByTestId('new-assessment').click();
    await expect(page.getByTestId('coverage-matrix')).toBeVisible();
    await check(page, 'build');
    await page.goto(`${iv.url}#/assessments/${groupId}`);
    await expect(page.getByTestId('assessment-title-heading')).toHaveText('Backend screen');
    await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
    await check(page, 'assessment');

    await page.goto(`${iv.url}${adaHref}`);
    await expect(page.getByTestId('candidate-name-title')).toHaveText('Ada Lovelace');
    await expect(page.getByTestId('summary-card')).toBeVisible();
    await expect(page.getByTestId('chart-distribution').locator('svg.recharts-surface')).toBeVisible();
    await check(page, 'candidate');
  }

  // Decision first: the summary carries the decision control; findings are grouped, critical first.
  await expect(page.getByTestId('summary-card').getByRole('radiogroup', { name: 'Overall recommendation' })).toBeVisible();
  await expect(page.getByTestId('findings-headline')).toContainText('to look at');
  await expect(page.locator('[data-testid="findings"] [data-code="large_paste"]').first()).toContainText('Collapsible sections in a CI job log');
  // Charts: this candidate's bin is marked; time per exercise; the activity strip moves the replay to the paste.
  await expect(page.getByTestId('chart-distribution')).toContainText('3 graded candidates');
  await expect(page.getByTestId('chart-distribution')).toContainText('this candidate: 100');
  await expect(page.getByTestId('chart-time').locator('.recharts-bar-rectangle').first()).toBeVisible();
  const panel = page.locator('[data-testid="exercise-panel"][data-exercise-id="go-log-sections"]');
  const last = Number(await panel.getByTestId('replay-slider').getAttribute('max'));
  expect(last).toBeGreaterThanOrEqual(2);
  await expect(panel.getByTestId('replay-step')).toHaveText(String(last));
  await page.locator('[data-testid="activity-point"][data-lane="Focus lost"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('replay-step')).toHaveText('1');
  await expect(panel.locator('[data-testid="timeline"] li[data-current="true"]')).toHaveCount(1);
  // The scrubber marks the paste and the run; Play moves through every frame to the end and stops.
  await expect(panel.locator('[data-testid="scrub-marks"] [data-kind="paste"]')).toHaveCount(1);
  await expect(panel.locator('[data-testid="scrub-marks"] [data-kind="run"]')).toHaveCount(1);
  await panel.getByTestId('replay-slider').fill('0');
  await expect(panel.getByTestId('replay-diff')).toContainText('TODO');
  await panel.getByTestId('replay-speed').selectOption('8');
  await panel.getByTestId('replay-play').click();
  await expect(panel.getByTestId('replay')).toHaveAttribute('data-playing', 'true');
  await expect(panel.getByTestId('replay-step')).toHaveText(String(last));
  await expect(panel.getByTestId('replay')).toHaveAttribute('data-playing', 'false');
  // Side by side: the copier is picked first (the flagged pair), matched lines highlighted; then the reference.
  const compare = panel.getByTestId('compare');
  await expect(compare.getByTestId('compare-b').locator('figcaption')).toContainText('Edsger Dijkstra');
  await expect(compare.getByTestId('compare-score')).toContainText('⚠');
  expect(await compare.getByTestId('compare-a').locator('[data-matched="true"]').count()).toBeGreaterThan(10);
  await compare.getByTestId('compare-target').selectOption('reference');
  await expect(compare.getByTestId('compare-b').locator('figcaption')).toContainText('Reference solution');
  await expect(compare.getByTestId('compare-score')).toContainText('100%');
  await compare.scrollIntoViewIfNeeded();
  await check(page, 'candidate-compare');

  // The decision, taken in the summary, moves Ada through the pipeline.
  await page.getByTestId('summary-card').getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(page.getByTestId('summary-recommendation')).toHaveText('Yes');
  await expect(page.getByTestId('rubric-save')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('rail-candidates').click();
  await expect(page.getByTestId('stage-decided')).toContainText('1');
  await expect(page.getByTestId('stage-to-decide')).toContainText('2');
  await page.getByTestId('stage-decided').click();
  await expect(page.getByTestId('dashboard-row')).toHaveCount(1);
  await expect(page.getByTestId('dashboard-row')).toHaveAttribute('data-candidate', 'Ada Lovelace');
  await page.getByTestId('stage-all').click();
  await page.getByTestId('search').fill('grace');
  await expect(page.getByTestId('dashboard-row')).toHaveCount(1);
  await page.getByTestId('search').fill('');
  await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
  await check(page, 'pipeline');
  await page.setViewportSize(SIZES[0]);
  await check(page, 'pipeline');

  // Exports for an applicant-tracking system: one row per candidate, exercise and competency columns, decision,
  // flags by severity; and the one-page PDF summary with its charts.
  const saved = async (testId: string) => {
    const download = page.waitForEvent('download');
    await page.getByTestId(testId).click();
    const d = await download;
    const path = join(work, d.suggestedFilename());
    await d.saveAs(path);
    return path;
  };
  const csv = readFileSync(await saved('export-candidates-csv'), 'utf8').trimEnd().split('\r\n');
  expect(csv).toHaveLength(4);
  expect(csv[0]).toContain('exercise:go-log-sections:score');
  expect(csv[0]).toMatch(/competency:[^,]+:score/);
  expect(csv[0]).toContain('decision');
  expect(csv[0]).toContain('flags_warning');
  expect(csv.find((l) => l.startsWith('Ada Lovelace'))).toContain(',Yes,');
  const json = JSON.parse(readFileSync(await saved('export-candidates-json'), 'utf8')) as { schema: string; candidates: Record<string, unknown>[] };
  expect(json.schema).toBe('assay.candidates/1');
  expect(json.candidates.map((c) => c.candidate).sort()).toEqual(['Ada Lovelace', 'Edsger Dijkstra', 'Grace Hopper']);
  const pdfPath = await saved('export-candidates-pdf');
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, `${SHOTS}/screens-summary-pdf`]);
  expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Pages:\s+1\b/);
  await context.close();
});

test('candidate screens: start, instructions, workspace (Run in view at 1024), results restored on reopening, submitted', async ({ browser }) => {
  test.setTimeout(240_000);
  const cdHarness = await startHarness({ dataDir: join(work, 'candidate-ui'), mode: 'candidate' });
  const ivContext = await browser.newContext({ viewport: SIZES[0] });
  const context = await browser.newContext({ viewport: SIZES[0], acceptDownloads: true });
  try {
    const ivPage = await ivContext.newPage();
    await ivPage.goto(iv.url);
    await expect(ivPage.getByTestId('mode-badge')).toBeVisible();
    const packPath = join(work, 'lin.assay-pack');
    writeFileSync(packPath, Buffer.from(await exportPack(ivPage, 'Lin Candidate'), 'base64'));

    const page = await context.newPage();
    await page.goto(cdHarness.url);
    await expect(page.getByTestId('mode-badge')).toHaveAttribute('data-mode', 'candidate');
    await check(page, 'candidate-start');
    await page.getByTestId('open-pack-input').setInputFiles(packPath);
    await expect(page.getByTestId('intro-title')).toHaveText('Backend screen');
    await check(page, 'candidate-instructions');
    await page.getByTestId('start-button').click();
    await expect(page.getByTestId('countdown')).toBeVisible();
    await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible();
    // Focus moved somewhere meaningful, not lost to <body>.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('run-verdict')).toBeVisible({ timeout: 60_000 });
    const verdict = await page.getByTestId('run-verdict').getAttribute('data-verdict');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect(page.getByTestId('run-button')).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('submit-button')).toBeInViewport({ ratio: 1 });
      await check(page, 'candidate-workspace');
    }
    // The prompt's scroll region is reachable by keyboard.
    await page.getByTestId('prompt-scroll').focus();
    await expect(page.getByTestId('prompt-scroll')).toBeFocused();

    // Reopened: the last results are back without running again.
    await page.reload();
    await expect(page.getByTestId('countdown')).toBeVisible();
    await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', verdict!);

    await page.setViewportSize(SIZES[0]);
    await page.getByTestId('submit-button').click();
    await page.getByRole('button', { name: 'Submit now' }).click();
    await expect(page.getByTestId('submitted-title')).toBeVisible();
    await check(page, 'candidate-submitted');
  } finally {
    await context.close();
    await ivContext.close();
    await cdHarness.close();
  }
});
