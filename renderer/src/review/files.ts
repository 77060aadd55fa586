// The file tabs of review and write-tests exercises (others keep the standard order).
// Review: the diff opens first; review.json is shown read-only, because comments are written from the diff's
// comment gutter (the file stays editable underneath: the gutter rewrites it, autosave and Run send it).
// Write-tests: the candidate's test files open first, marked as tests; the code under test follows, read-only;
// module and bundler files come last.
import type { ExerciseFile, ExerciseView } from '../../../core/common/exercise.ts';
import { basename, orderedFiles } from '../state/workspace.ts';
import { DIFF_FILE, REVIEW_FILE } from './review-json.ts';

export function isReview(view: ExerciseView | undefined): boolean {
  return view?.summary.type === 'review' && view.files.some((f) => f.path === DIFF_FILE) && view.files.some((f) => f.path === REVIEW_FILE);
}

/** Module and bundler files: read-only plumbing, not the code under test. */
export function isConfigFile(path: string): boolean {
  return /(^|\/)(go\.mod|go\.sum|Gemfile|Gemfile\.lock|Rakefile|\.rubocop\.yml)$/.test(path);
}

function reviewTabs(files: ExerciseFile[]): ExerciseFile[] {
  const rank = (f: ExerciseFile) => (f.path === DIFF_FILE ? 0 : f.path === REVIEW_FILE ? 1 : 2);
  return orderedFiles(files)
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => (f.path === REVIEW_FILE ? { ...f, readOnly: true } : f));
}

function writeTestsTabs(files: ExerciseFile[]): ExerciseFile[] {
  const rank = (f: ExerciseFile) => (!f.readOnly ? 0 : isConfigFile(f.path) ? 3 : f.role === 'test' ? 2 : 1);
  return orderedFiles(files)
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => (f.readOnly ? f : { ...f, role: 'test' }));
}

export function tabFiles(view: ExerciseView): ExerciseFile[] {
  if (isReview(view)) return reviewTabs(view.files);
  if (view.summary.type === 'write-tests') return writeTestsTabs(view.files);
  return orderedFiles(view.files);
}

/** The read-only code a write-tests exercise's tests run against (file names, in tab order). */
export function codeUnderTest(view: ExerciseView): string[] {
  return tabFiles(view)
    .filter((f) => f.readOnly && f.role === 'support' && !isConfigFile(f.path))
    .map((f) => basename(f.path));
}
