// Review and write-tests exercises end to end, in Chromium through the browser harness (real handlers, real
// Ruby toolchain in the sandbox). Review: the diff opens read-only with its comment gutter; comments are added
// with the mouse (gutter) and the keyboard (Ctrl+G, Ctrl+Alt+M), edited, deleted and restored, survive a
// reload, and Run checks review.json. A broken review.json is never thrown away. Write-tests: the candidate's
// test file opens first, the code under test is read-only, and the reference tests pass.
// Screenshots (light and dark) go to tests/screenshots/.
import { readFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { expectAccessible } from './support/axe.ts';

const SHOTS = 'tests/screenshots';
mkdirSync(SHOTS, { recursive: true });

const REVIEW = { id: 'ruby-review-issues-export', title: 'Review a merge request: CSV export and bulk update of issues' };
const SLUG = { id: 'ruby-slug-tests', title: 'Write the tests for a URL slug gem', dir: 'exercises/ruby/slug-tests' };

async function shoot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Monaco re-themes its tokens on the next frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openExercise(page: Page, id: string, title: string): Promise<void> {
  await page.locator(`[data-testid="exercise-item"][data-exercise-id="${id}"]`).click();
  await expect(page.getByTestId('exercise-title')).toHaveText(title);
  await expect(page.getByTestId('editor').locator('.monaco-editor .view-lines')).toBeVisible();
}

/** A model's text and language, read through Monaco's documented global API. */
function model(page: Page, exerciseId: string, path: string): Promise<{ text: string; language: string } | null> {
  return page.evaluate(
    ([id, p]) => {
      const monaco = (globalThis as { monaco?: any }).monaco;
      const m = monaco.editor.getModel(monaco.Uri.from({ scheme: 'assay', authority: id, path: `/${p}` }));
      return m ? { text: m.getValue(), language: m.getLanguageId() } : null;
    },
    [exerciseId, path] as const,
  );
}

/** Lines of the diff that carry a comment marker in the gutter (Monaco draws only the lines on screen). */
function commentGlyphLines(page: Page): Promise<number[]> {
  return page.evaluate((id) => {
    const monaco = (globalThis as { monaco?: any }).monaco;
    const m = monaco.editor.getModel(monaco.Uri.from({ scheme: 'assay', authority: id, path: '/changes.diff' }));
    return m
      .getAllDecorations()
      .filter((d: any) => String(d.options.glyphMarginClassName ?? '').includes('review-glyph-comment'))
      .map((d: any) => d.range.startLineNumber)
      .sort((a: number, b: number) => a - b);
  }, REVIEW.id);
}

async function reviewJson(page: Page): Promise<unknown> {
  return JSON.parse((await model(page, REVIEW.id, 'review.json'))!.text);
}

/** Scrolls the editor so a line is in the middle of the screen, as the scroll wheel would. */
function scrollTo(page: Page, line: number): Promise<void> {
  return page.evaluate((l) => (globalThis as { monaco?: any }).monaco.editor.getEditors()[0].revealLineInCenter(l), line);
}

/** Scrolls to a line, then clicks its gutter. */
async function clickGutter(page: Page, line: number): Promise<void> {
  await scrollTo(page, line);
  const number = page.locator('.margin-view-overlays .line-numbers').filter({ hasText: new RegExp(`^${line}$`) });
  const row = (await number.boundingBox())!;
  const editor = (await page.getByTestId('editor').boundingBox())!;
  await page.mouse.move(editor.x + 9, row.y + row.height / 2);
  await expect(page.locator('.review-glyph-add')).toBeVisible();
  await page.mouse.click(editor.x + 9, row.y + row.height / 2);
}

/** Monaco's "Go to line" (Ctrl+G) from the keyboard. */
async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await expect(page.locator('.statusbar')).toContainText(`Ln ${line}, Col`);
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('autosave-status')).toHaveText(/Autosaved \d+ s ago/);
}

async function runAndWait(page: Page): Promise<string> {
  const verdict = page.getByTestId('run-verdict');
  const previous = (await verdict.count()) ? await verdict.getAttribute('data-run-id') : null;
  await page.keyboard.press('ControlOrMeta+Enter');
  const fresh = previous ? page.locator(`[data-testid="run-verdict"]:not([data-run-id="${previous}"])`) : verdict;
  await expect(fresh).toBeVisible({ timeout: 100_000 });
  return (await fresh.getAttribute('data-verdict')) ?? '';
}

const SQL = 'Security: params[:search] is interpolated into the SQL fragment, so a search term can rewrite the query. Use a bind parameter.';
const PERMIT = 'Security: permit! accepts every attribute (mass assignment); permit only the fields the bulk edit form sends.';

test('review: comment from the gutter and the keyboard, reload restores, Run checks review.json', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, REVIEW.id, REVIEW.title);
  const diffTab = page.locator('[data-testid="file-tab"][data-path="changes.diff"]');
  const jsonTab = page.locator('[data-testid="file-tab"][data-path="review.json"]');
  await expect(diffTab).toHaveAttribute('aria-selected', 'true');
  await expect(diffTab.getByRole('img', { name: 'read-only' })).toBeVisible();
  await expect(jsonTab.getByRole('img', { name: 'read-only' })).toBeVisible();
  expect((await model(page, REVIEW.id, 'changes.diff'))!.language).toBe('diff');
  // The diff tokenizer: file header, hunk header, context, added line.
  const tokens = await page.evaluate(() => {
    const monaco = (globalThis as { monaco?: any }).monaco;
    const lines = ['diff --git a/x b/x', '@@ -1,2 +1,2 @@ def x', ' context', '-removed', '+added'];
    return monaco.editor.tokenize(lines.join('\n'), 'diff').map((line: { type: string }[]) => line[0]?.type ?? '');
  });
  expect(tokens).toEqual(['meta.header.diff', 'meta.hunk.diff', '', 'deleted.diff', 'inserted.diff']);
  await expect(page.locator('.diff-line-added').first()).toBeVisible();
  await expect(page.locator('.diff-line-hunk').first()).toBeVisible();
  await expect(page.getByTestId('review-count')).toHaveText('No comments yet');
  await shoot(page, 'review-1-open');

  // Mouse: the gutter of line 38 opens a comment box there, focused.
  await clickGutter(page, 38);
  const box = page.getByTestId('review-comment-input');
  await expect(page.getByTestId('review-form')).toHaveAttribute('data-line', '38');
  await expect(box).toBeFocused();
  await page.keyboard.type('Too short');
  await expect(page.getByTestId('review-form')).toContainText('9 of at least 15 characters');
  await box.fill(SQL);
  expect(await reviewJson(page)).toEqual([{ line: 38, body: SQL }]);
  await page.getByTestId('review-done').click();
  await expect(page.getByTestId('review-form')).toHaveCount(0);
  await expect(page.locator('[data-testid="review-comment"][data-line="38"]')).toContainText('params[:search] is interpolated');

  // Keyboard only: Go to line 51, Ctrl+Alt+M, type, Escape closes the box and returns to the diff.
  await page.getByTestId('editor').locator('.view-lines').click();
  await goToLine(page, 51);
  await expect(page.getByTestId('review-comment-button')).toContainText('Comment on line 51');
  await page.keyboard.press('Control+Alt+m');
  await expect(page.getByTestId('review-form')).toHaveAttribute('data-line', '51');
  await expect(box).toBeFocused();
  await page.keyboard.type(PERMIT);
  await shoot(page, 'review-2-typing');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('review-form')).toHaveCount(0);
  await expect(page.locator('.statusbar')).toContainText('Ln 51, Col 1');
  await expect(page.getByTestId('review-count')).toHaveText('2 comments on 2 lines');
  expect(await reviewJson(page)).toEqual([
    { line: 38, body: SQL },
    { line: 51, body: PERMIT },
  ]);

  // Delete, then undo; edit in place.
  await page.getByRole('button', { name: 'Delete comment on line 51' }).click();
  await expect(page.getByTestId('review-count')).toHaveText('1 comment on 1 line');
  await page.getByTestId('review-undo').click();
  await expect(page.getByTestId('review-count')).toHaveText('2 comments on 2 lines');
  await scrollTo(page, 38);
  await page.getByRole('button', { name: 'Edit comment on line 38' }).click();
  await expect(box).toHaveValue(SQL);
  await box.press('End');
  await page.keyboard.type(' (SQL injection)');
  await page.getByTestId('review-done').click();
  const expected = [
    { line: 38, body: `${SQL} (SQL injection)` },
    { line: 51, body: PERMIT },
  ];
  expect(await reviewJson(page)).toEqual(expected);
  await expectSaved(page);
  await shoot(page, 'review-3-comments');

  // Reload: the comments come back from the autosaved review.json, inline under their lines.
  await page.reload();
  await expect(page.getByTestId('exercise-title')).toHaveText(REVIEW.title);
  await expect(page.getByTestId('review-count')).toHaveText('2 comments on 2 lines');
  expect(await reviewJson(page)).toEqual(expected);
  await scrollTo(page, 45);
  await expect(page.locator('[data-testid="review-comment"][data-line="38"]')).toBeVisible();
  await expect(page.locator('[data-testid="review-comment"][data-line="51"]')).toBeVisible();
  await expect(page.locator('.review-glyph-comment').first()).toBeVisible();
  expect(await commentGlyphLines(page)).toEqual([38, 51]);

  // Keyboard: from the top of the (read-only) diff, Tab reaches the first comment's buttons, scrolled into view.
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await expect(page.getByRole('button', { name: 'Edit comment on line 38' })).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Edit comment on line 38' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Edit comment on line 38' })).toBeInViewport();

  // Run checks review.json; the Results list every comment and jump to its line.
  expect(await runAndWait(page)).toBe('passed');
  await expect(page.getByTestId('run-verdict')).toContainText('2 comments on 2 lines of changes.diff');
  await expect(page.getByTestId('review-check')).toHaveAttribute('data-verdict', 'passed');
  await expect(page.getByTestId('review-result-row')).toHaveCount(2);
  // A comment longer than the panel is cut with an ellipsis, it does not push the layout off screen.
  const reset = (await page.getByTestId('reset-button').boundingBox())!;
  expect(reset.x + reset.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await jsonTab.click();
  await page.locator('[data-testid="review-result-row"][data-line="51"]').getByRole('button').click();
  await expect(diffTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.statusbar')).toContainText('Ln 51, Col 1');
  await expect(page.locator(`[data-exercise-id="${REVIEW.id}"]`)).toHaveAttribute('data-status', 'passed');
  await shoot(page, 'review-4-run');
});

test('review: a broken review.json is kept, shown, and repaired by the next comment', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible();
  const broken = '[{"line": 38, "body": "SQL built from params[:search], use a bind parameter"},\n {"line": 30, "body": "no auth on bulk_update';
  await page.evaluate(([id, text]) => window.assay.saveWorkspace({ exerciseId: id, files: { 'review.json': text } }), [REVIEW.id, broken] as const);
  await openExercise(page, REVIEW.id, REVIEW.title);
  await expect(page.getByTestId('review-bar')).toContainText('review.json is not valid JSON');
  await expect(page.getByTestId('review-count')).toHaveText('2 comments on 2 lines');
  expect((await model(page, REVIEW.id, 'review.json'))!.text).toBe(broken);

  // Run reports the broken file; the problem opens review.json (read-only) at the error.
  expect(await runAndWait(page)).toBe('compile_error');
  await page.getByTestId('problem-row').first().click();
  await expect(page.locator('[data-testid="file-tab"][data-path="review.json"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('review-bar')).toContainText('Comments are written on the diff');
  await page.keyboard.type('x');
  await expect(page.locator('.monaco-editor-overlaymessage')).toContainText('this file is rewritten from them');
  expect((await model(page, REVIEW.id, 'review.json'))!.text).toBe(broken);
  await shoot(page, 'review-5-broken');

  // The next comment rewrites the file as valid JSON; the unreadable text is a comment on line 1.
  await page.getByTestId('review-bar').getByRole('button', { name: 'Open changes.diff' }).click();
  await page.getByTestId('editor').locator('.view-lines').click();
  await goToLine(page, 76);
  await page.getByTestId('review-comment-button').click();
  await page.getByTestId('review-comment-input').fill('Performance: N+1 on author and labels for every exported row; preload them.');
  await page.getByTestId('review-done').click();
  const fixed = (await reviewJson(page)) as { line: number; body: string }[];
  expect(fixed.map((c) => c.line)).toEqual([1, 38, 76]);
  expect(fixed[0]!.body).toContain('{"line": 30, "body": "no auth on bulk_update');
  await expect(page.getByTestId('review-bar')).not.toContainText('not valid JSON');
  expect(await runAndWait(page)).toBe('passed');

  // Reset to the starter empties the review, with the comment box open.
  await page.getByTestId('review-comment-button').click();
  await expect(page.getByTestId('review-form')).toBeVisible();
  await page.getByTestId('reset-button').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('review-count')).toHaveText('No comments yet');
  await expect(page.getByTestId('review-form')).toHaveCount(0);
  expect((await model(page, REVIEW.id, 'review.json'))!.text).toBe('[]\n');
});

test('write-tests: the test file opens first, the code under test is read-only, the reference tests pass', async ({ page, harness }) => {
  await page.goto(harness.url);
  await openExercise(page, SLUG.id, SLUG.title);
  const testTab = page.locator('[data-testid="file-tab"][data-path="test/slugger_test.rb"]');
  const codeTab = page.locator('[data-testid="file-tab"][data-path="lib/slugger.rb"]');
  await expect(testTab).toHaveAttribute('aria-selected', 'true');
  await expect(testTab.locator('.file-tab-badge')).toHaveText('test');
  await expect(testTab.getByRole('img', { name: 'read-only' })).toHaveCount(0);
  await expect(codeTab.getByRole('img', { name: 'read-only' })).toBeVisible();
  const code = readFileSync(`${SLUG.dir}/starter/lib/slugger.rb`, 'utf8');
  await codeTab.click();
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.insertText('# not allowed\n');
  expect((await model(page, SLUG.id, 'lib/slugger.rb'))!.text).toBe(code);
  await testTab.click();

  const reference = readFileSync(`${SLUG.dir}/reference/test/slugger_test.rb`, 'utf8');
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(reference);
  expect((await model(page, SLUG.id, 'test/slugger_test.rb'))!.text).toBe(reference);
  expect(await runAndWait(page)).toBe('passed');
  const names = [...reference.matchAll(/def (test_\w+)/g)].map((m) => `SluggerTest#${m[1]}`);
  const rows = page.getByTestId('test-row');
  await expect(rows).toHaveCount(names.length);
  for (const name of names) await expect(page.locator(`[data-testid="test-row"][data-name="${name}"]`)).toHaveAttribute('data-status', 'pass');
  await expect(page.getByTestId('write-tests-note')).toContainText('against slugger.rb');
  await shoot(page, 'write-tests-1-passed');

  // A test that disagrees with the code under test: the note says the test is what to fix.
  const wrong = reference.replace(/\nend\s*$/, "\n\n  def test_wrong_expectation\n    assert_equal 'Deploy', Slugger.slugify('Deploy')\n  end\nend\n");
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(wrong);
  expect(await runAndWait(page)).toBe('failed');
  await expect(page.locator('[data-testid="test-row"][data-status="fail"]')).toHaveAttribute('data-name', 'SluggerTest#test_wrong_expectation');
  await expect(page.getByTestId('write-tests-note')).toContainText('the test to fix');
  await shoot(page, 'write-tests-2-failed');
});
