// Review and write-tests exercises in the editor: which tab opens first, what is read-only, and how the diff's
// lines are classified for highlighting. Built from the real library through the real loader.
import { describe, expect, it } from 'vitest';
import { candidateFiles, loadExercise } from '../../../core/node/library/load.ts';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import { codeUnderTest, isReview, tabFiles } from '../../../renderer/src/review/files.ts';
import { classifyDiff } from '../../../renderer/src/review/diff-lines.ts';
import { editablePaths } from '../../../renderer/src/state/workspace.ts';

function viewOf(dir: string): ExerciseView {
  const ex = loadExercise(dir);
  const m = ex.meta;
  return {
    summary: { id: m.id, title: m.title, language: m.language, type: m.type, difficulty: m.difficulty, minutes: m.minutes, competencies: [] },
    prompt: ex.prompt,
    files: candidateFiles(ex),
  };
}

describe('review tabs', () => {
  for (const dir of ['exercises/ruby/review-issues-export', 'exercises/go/runner-upload-review']) {
    it(`${dir}: opens on the diff, shows review.json read-only, still saves and runs review.json`, () => {
      const view = viewOf(dir);
      expect(isReview(view)).toBe(true);
      const tabs = tabFiles(view);
      expect(tabs.map((f) => [f.path, f.readOnly])).toEqual([
        ['changes.diff', true],
        ['review.json', true],
      ]);
      expect(editablePaths(view)).toEqual(['review.json']);
    });
  }

  it('is not review mode for other exercises', () => {
    expect(isReview(viewOf('exercises/go/log-sections'))).toBe(false);
    expect(isReview(undefined)).toBe(false);
  });
});

describe('write-tests tabs', () => {
  const cases: [string, [string, boolean, string][], string[]][] = [
    [
      'exercises/go/cron-schedule-tests',
      [
        ['schedule_test.go', false, 'test'],
        ['schedule.go', true, 'support'],
        ['go.mod', true, 'support'],
      ],
      ['schedule.go'],
    ],
    [
      'exercises/go/rules-matcher-tests',
      [
        ['rules_test.go', false, 'test'],
        ['expr.go', true, 'support'],
        ['glob.go', true, 'support'],
        ['rules.go', true, 'support'],
        ['go.mod', true, 'support'],
      ],
      ['expr.go', 'glob.go', 'rules.go'],
    ],
    [
      'exercises/ruby/slug-tests',
      [
        ['test/slugger_test.rb', false, 'test'],
        ['lib/slugger.rb', true, 'support'],
      ],
      ['slugger.rb'],
    ],
  ];
  for (const [dir, tabs, code] of cases) {
    it(`${dir}: the editable test file first, marked as a test; the code under test read-only; go.mod last`, () => {
      const view = viewOf(dir);
      expect(tabFiles(view).map((f) => [f.path, f.readOnly, f.role])).toEqual(tabs);
      expect(codeUnderTest(view)).toEqual(code);
    });
  }

  it('keeps the standard order for implement exercises', () => {
    expect(tabFiles(viewOf('exercises/go/log-sections')).map((f) => f.path)).toEqual(['sections.go', 'sections_test.go', 'go.mod']);
  });
});

describe('classifyDiff', () => {
  it('tells file headers, hunk headers, added, removed and context lines apart', () => {
    const diff = [
      'diff --git a/x.rb b/x.rb',
      'index 1..2 100644',
      '--- a/x.rb',
      '+++ b/x.rb',
      '@@ -1,3 +1,3 @@',
      ' keep',
      '--- removed line that looks like a header',
      '+++ added line that looks like a header',
      ' keep',
      '\\ No newline at end of file',
      'diff --git a/y.rb b/y.rb',
      '@@ -0,0 +1 @@',
      '+new',
    ].join('\n');
    expect(classifyDiff(`${diff}\n`)).toEqual([
      'file', 'file', 'file', 'file', 'hunk', 'context', 'removed', 'added', 'context', 'note', 'file', 'hunk', 'added',
    ]);
  });

  for (const dir of ['exercises/ruby/review-issues-export', 'exercises/go/runner-upload-review']) {
    it(`${dir}: every hunk's lines match the counts in its header`, () => {
      const diff = loadExercise(dir).starter['changes.diff']!;
      const lines = diff.replace(/\n$/, '').split('\n');
      const kinds = classifyDiff(diff);
      expect(kinds).toHaveLength(lines.length);
      let hunks = 0;
      lines.forEach((line, i) => {
        const h = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
        if (!h) return;
        hunks++;
        let j = i + 1;
        const seen = { old: 0, new: 0 };
        while (j < kinds.length && ['added', 'removed', 'context', 'note'].includes(kinds[j]!)) {
          if (kinds[j] !== 'added' && kinds[j] !== 'note') seen.old++;
          if (kinds[j] !== 'removed' && kinds[j] !== 'note') seen.new++;
          j++;
        }
        expect(seen).toEqual({ old: Number(h[1] ?? 1), new: Number(h[2] ?? 1) });
      });
      expect(hunks).toBeGreaterThan(1);
    });
  }
});
