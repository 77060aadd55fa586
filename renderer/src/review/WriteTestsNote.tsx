// Above the Results of a write-tests exercise: what the run did with the candidate's tests, and what a
// failure means here (the code under test is right; the test is what to fix).
import type { ExerciseView } from '../../../core/common/exercise.ts';
import type { RunState } from '../state/run.ts';
import { codeUnderTest } from './files.ts';
import './review.css';

export function WriteTestsNote({ view, run }: { view: ExerciseView; run: RunState | undefined }) {
  const code = codeUnderTest(view).join(', ') || 'the code under test';
  const failed = run?.kind === 'done' && !run.report.cancelled && run.report.verdict !== 'passed';
  return (
    <p className="results-note" data-testid="write-tests-note">
      {failed ? (
        <>
          Your tests must pass against {code} as it is: it is the correct behaviour, so a failing test here is the test to
          fix.
        </>
      ) : (
        <>
          Run executes your tests against {code} (read-only). When your submission is graded, they also run against
          copies with seeded bugs: each bug your tests catch earns credit.
        </>
      )}
    </p>
  );
}
