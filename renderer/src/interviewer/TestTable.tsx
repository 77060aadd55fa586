// The graded tests of one exercise: visible, hidden and budget (performance) suites, each row with its status
// (icon and word), duration and message; expected and actual values for cases decided outside the sandbox.
import type { TestKind, TestResult } from '../../../core/common/results.ts';
import { firstLine, formatDuration, testStatusLabel } from '../state/verdict.ts';

const KINDS: { kind: TestKind; title: string }[] = [
  { kind: 'visible', title: 'Visible tests' },
  { kind: 'hidden', title: 'Hidden tests' },
  { kind: 'budget', title: 'Budget (performance)' },
];

export function TestTable({ tests }: { tests: TestResult[] }) {
  if (!tests.length) return <p className="muted small">Not graded yet: grade the submission to run the hidden tests.</p>;
  return (
    <table className="iv-table iv-tests" data-testid="test-table">
      <thead>
        <tr>
          <th>Suite</th>
          <th>Test</th>
          <th>Result</th>
          <th className="num">Time</th>
          <th>Message</th>
        </tr>
      </thead>
      <tbody>
        {KINDS.flatMap(({ kind, title }) =>
          tests
            .filter((t) => t.kind === kind)
            .map((t, i) => {
              const l = testStatusLabel(t.status);
              const values = t.status === 'pass' ? [] : [t.expected !== undefined ? `expected ${t.expected}` : '', t.actual !== undefined ? `got ${t.actual}` : ''];
              const detail = [firstLine(t.message), ...values].filter(Boolean).join(' · ');
              return (
                <tr key={`${kind}-${i}`} data-testid="graded-test" data-kind={kind} data-status={t.status}>
                  <td className="small muted">{i === 0 ? title : ''}</td>
                  <td>{t.name}</td>
                  <td className={`tone-${l.tone}`}>
                    <span aria-hidden="true">{l.icon}</span> {l.word}
                  </td>
                  <td className="num small">{formatDuration(t.durationMs)}</td>
                  <td className="small iv-msg" title={t.message}>
                    {detail}
                  </td>
                </tr>
              );
            }),
        )}
      </tbody>
    </table>
  );
}
