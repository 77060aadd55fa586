// The candidate's workspace end to end, in Chromium through the browser harness (real handlers, real Go and
// Ruby toolchains in the sandbox): pick an exercise, read the prompt, type a solution, run, fix a compile error
// from the Problems list, reload without losing a keystroke, reset with confirmation, cancel a runaway run.
// Screenshots of each step (light and dark) go to tests/screenshots/.
import { readFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { expectAccessible } from './support/axe.ts';

const SHOTS = 'tests/screenshots';
mkdirSync(SHOTS, { recursive: true });

const read = (p: string) => readFileSync(p, 'utf8');
const GO = 'exercises/go/log-sections';
const RUBY = 'exercises/ruby/reference-extractor';

/** Screenshot in both colour schemes (the app and Monaco follow prefers-color-scheme live). */
async function shoot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openExercise(page: Page, id: string, title: string): Promise<void> {
  await page.locator(`[data-testid="exercise-item"][data-exercise-id="${id}"]`).click();
  await expect(page.getByTestId('exercise-title')).toHaveText(title);
  await expect(page.getByTestId('editor').locator('.monaco-editor .view-lines')).toBeVisible();
}

/** Replaces the editor content the way a candidate pastes: focus, select all, insert. */
async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** The exact text of a file's editor model (Monaco's documented global API). */
function modelText(page: Page, exerciseId: string, path: string): Promise<string | null> {
  return page.evaluate(
    ([id, p]) => {
      const monaco = (globalThis as { monaco?: any }).monaco;
      const uri = monaco.Uri.from({ scheme: 'assay', authority: id, path: `/${p}` });
      return monaco.editor.getModel(uri)?.getValue() ?? null;
    },
    [exerciseId, path] as const,
  );
}

function markerLines(page: Page, exerciseId: string, path: string): Promise<number[]> {
  return page.evaluate(
    ([id, p]) => {
      const monaco = (globalThis as { monaco?: any }).monaco;
      const resource = monaco.Uri.from({ scheme: 'assay', authority: id, path: `/${p}` });
      return monaco.editor.getModelMarkers({ resource }).map((m: { startLineNumber: number }) => m.startLineNumber);
    },
    [exerciseId, path] as const,
  );
}

/** "Ln 12, Col 4" from the status bar. */
async function cursorText(page: Page): Promise<string> {
  const text = (await page.locator('.statusbar').textContent()) ?? '';
  return /Ln \d+, Col \d+/.exec(text)?.[0] ?? '';
}

/** Whether keyboard focus is inside the Monaco editor. */
function editorFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.querySelector('[data-testid="editor"]')?.contains(document.activeElement)));
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('autosave-status')).toHaveText(/Autosaved \d+ s ago/);
}

/** Runs with Ctrl+Enter and waits for this run's verdict (not the previous run's, still on screen). */
async function runAndWait(page: Page): Promise<string> {
  const verdict = page.getByTestId('run-verdict');
  const previous = (await verdict.count()) ? await verdict.getAttribute('data-run-id') : null;
  await page.keyboard.press('ControlOrMeta+Enter');
  const fresh = previous ? page.locator(`[data-testid="run-verdict"]:not([data-run-id="${previous}"])`) : verdict;
  await expect(fresh).toBeVisible({ timeout: 100_000 });
  return (await fresh.getAttribute('data-verdict')) ?? '';
}

test('Go: solve, break, jump to the problem, reload restores the code exactly', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, 'go-log-sections', 'Collapsible sections in a CI job log');
  await expect(page.getByTestId('prompt')).toContainText('Implement Parse(log string) ([]Section, error)');
  await expect(page.getByTestId('prompt').locator('code').first()).toBeVisible();
  await expect(page.locator('[data-testid="file-tab"][data-path="sections.go"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('status-toolchain')).toContainText(/^Go \S+/);
  await expect(page.getByTestId('status-isolation')).toContainText(/Isolation: (full|reduced)/);
  expect(await modelText(page, 'go-log-sections', 'sections.go')).toBe(read(`${GO}/starter/sections.go`));
  await shoot(page, 'go-1-open');

  // Visible tests and go.mod are read-only (lock icon, typing does nothing).
  const testTab = page.locator('[data-testid="file-tab"][data-path="sections_test.go"]');
  await expect(testTab.getByRole('img', { name: 'read-only' })).toBeVisible();
  await testTab.click();
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.insertText('// candidate was here\n');
  expect(await modelText(page, 'go-log-sections', 'sections_test.go')).toBe(read(`${GO}/visible/sections_test.go`));
  const testTabCursor = await cursorText(page);
  expect(testTabCursor).toMatch(/^Ln \d+, Col \d+$/);
  await page.locator('[data-testid="file-tab"][data-path="sections.go"]').click();

  const reference = read(`${GO}/reference/sections.go`);
  await typeCode(page, reference);
  expect(await modelText(page, 'go-log-sections', 'sections.go')).toBe(reference);
  await expectSaved(page);

  expect(await runAndWait(page)).toBe('passed');
  await expect(page.getByTestId('run-verdict')).toContainText('✓ Passed');
  const rows = page.getByTestId('test-row');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-testid="test-row"][data-name="TestNestedSections"]')).toContainText('✓');
  await expect(page.locator('[data-exercise-id="go-log-sections"]')).toHaveAttribute('data-status', 'passed');
  await shoot(page, 'go-2-passed');

  // A syntax error on a known line: the Problems tab lists it, Monaco marks it, choosing it jumps there.
  const lines = reference.split('\n');
  const at = lines.findIndex((l) => l.includes('var open []int')) + 1; // 0-based index of the inserted line
  lines.splice(at, 0, '\tfoo bar baz');
  const broken = lines.join('\n');
  const errorLine = at + 1;
  await typeCode(page, broken);
  expect(await runAndWait(page)).toBe('compile_error');
  await expect(page.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
  const problem = page.getByTestId('problem-row').first();
  await expect(problem).toHaveAttribute('data-file', 'sections.go');
  await expect(problem).toHaveAttribute('data-line', String(errorLine));
  await expect(problem).toContainText(`sections.go:${errorLine}:`);
  expect(await markerLines(page, 'go-log-sections', 'sections.go')).toContain(errorLine);
  await page.locator('[data-testid="file-tab"][data-path="go.mod"]').click();
  await problem.click();
  await expect(page.locator('[data-testid="file-tab"][data-path="sections.go"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.statusbar')).toContainText(`Ln ${errorLine}, Col`);
  await expect.poll(() => editorFocused(page)).toBe(true);
  await expect(page.getByTestId('editor').locator('.squiggly-error').first()).toBeVisible();
  // Each file keeps its cursor across tab switches.
  await page.locator('[data-testid="file-tab"][data-path="sections_test.go"]').click();
  await expect.poll(() => cursorText(page)).toBe(testTabCursor);
  await page.locator('[data-testid="file-tab"][data-path="sections.go"]').click();
  await expect(page.locator('.statusbar')).toContainText(`Ln ${errorLine}, Col`);
  await page.getByRole('tab', { name: 'Output' }).click();
  await expect(page.getByTestId('output-panel')).toContainText('syntax error');
  await shoot(page, 'go-3-output');
  await page.getByRole('tab', { name: /Problems/ }).click();
  await shoot(page, 'go-3-problem');

  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('exercise-title')).toHaveText('Collapsible sections in a CI job log');
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible();
  expect(await modelText(page, 'go-log-sections', 'sections.go')).toBe(broken);
  // The last run's results come back with the code (issue 13, item 7): no need to run again to see them.
  await expect(page.locator('[data-exercise-id="go-log-sections"]')).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'compile_error');
  await shoot(page, 'go-4-reloaded');
});

test('Ruby: solve, then reset to the starter only after confirming', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, 'ruby-reference-extractor', 'Extract issue and merge request references');
  await expect(page.getByTestId('prompt')).toContainText('ReferenceExtractor.extract(text)');
  await expect(page.getByTestId('prompt').locator('table')).toBeVisible();
  await expect(page.getByTestId('status-toolchain')).toContainText(/^Ruby \S+/);

  const reference = read(`${RUBY}/reference/reference_extractor.rb`);
  await typeCode(page, reference);
  expect(await modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb')).toBe(reference);
  expect(await runAndWait(page)).toBe('passed');
  const rows = page.getByTestId('test-row');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-status', 'pass');
  await shoot(page, 'ruby-1-passed');

  // A failing run shows which test failed and why; the row expands to the full message.
  await typeCode(page, reference.replace('refs.uniq', 'refs'));
  expect(await runAndWait(page)).toBe('failed');
  const failed = page.locator('[data-testid="test-row"][data-status="fail"]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toHaveAttribute('data-name', /test_prompt_example/);
  await failed.getByRole('button').click();
  await expect(failed.locator('pre').first()).toBeVisible();
  await expect(page.getByTestId('run-verdict')).toContainText('✗ Failed');
  await shoot(page, 'ruby-2-failed');

  // Reset asks first; Cancel keeps the code.
  const edited = await modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb');
  await page.getByTestId('reset-button').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await expect(page.getByTestId('confirm-cancel')).toBeFocused();
  await shoot(page, 'ruby-3-confirm');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();
  expect(await modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb')).toBe(edited);

  await page.getByTestId('reset-button').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();
  const starter = read(`${RUBY}/starter/reference_extractor.rb`);
  await expect.poll(() => modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb')).toBe(starter);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible();
  expect(await modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb')).toBe(starter);
  await shoot(page, 'ruby-4-reset');
});

test('nothing typed is lost when switching exercise and reloading at once', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, 'ruby-reference-extractor', 'Extract issue and merge request references');
  const starter = read(`${RUBY}/starter/reference_extractor.rb`);
  const code = starter.replace('    []\n', '    [] # typed just before leaving\n');
  expect(code).not.toBe(starter);
  await typeCode(page, code);
  await page.locator('[data-exercise-id="go-log-sections"]').click();
  await page.reload();
  await openExercise(page, 'ruby-reference-extractor', 'Extract issue and merge request references');
  expect(await modelText(page, 'ruby-reference-extractor', 'reference_extractor.rb')).toBe(code);
  await expect(page.locator('[data-exercise-id="ruby-reference-extractor"]')).toHaveAttribute('data-status', 'started');
});

test('a runaway run shows its phase at once and can be cancelled', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, 'ruby-reference-extractor', 'Extract issue and merge request references');
  const starter = read(`${RUBY}/starter/reference_extractor.rb`);
  await typeCode(page, starter.replace('    # TODO: implement\n', '    loop {}\n'));
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-phase')).toBeVisible();
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await expect(page.getByTestId('run-phase')).toHaveAttribute('data-phase', 'running', { timeout: 30_000 });
  // The run is killed by its 10 s limit: cancel first, and photograph the "Cancelling…" state.
  await page.getByTestId('cancel-button').click();
  await page.screenshot({ path: `${SHOTS}/cancel-1-cancelling-light.png` });
  await expect(page.getByTestId('run-verdict')).toHaveAttribute('data-verdict', 'cancelled');
  await expect(page.getByTestId('run-verdict')).toContainText('Cancelled');
  await expect(page.getByTestId('cancel-button')).toHaveCount(0);
  await expect(page.getByTestId('run-button')).toBeEnabled();
});

test('keyboard only: F6 moves between regions, tabs and results are reachable', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, 'go-log-sections', 'Collapsible sections in a CI job log');
  await page.locator('[data-exercise-id="go-log-sections"]').focus();
  await page.keyboard.press('F6');
  await expect(page.locator('[data-region="prompt"]')).toBeFocused();
  await page.keyboard.press('F6');
  await expect.poll(() => editorFocused(page)).toBe(true);
  await page.keyboard.press('F6');
  await expect(page.locator('[data-region="panel"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Results' })).toBeFocused();
  await shoot(page, 'keyboard-focus');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Output' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+F6');
  await expect.poll(() => editorFocused(page)).toBe(true);
});
