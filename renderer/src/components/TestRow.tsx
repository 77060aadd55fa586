// One test: status icon + word, name, duration and the first line of its message; expands to the full
// message and the test's own output.
import { useState } from 'react';
import type { TestResult } from '../../../core/common/results.ts';
import { firstLine, formatDuration, testStatusLabel } from '../state/verdict.ts';

export function TestRow({ test }: { test: TestResult }) {
  const [open, setOpen] = useState(false);
  const label = testStatusLabel(test.status);
  const details = Boolean(test.message.trim() || test.output?.trim());
  return (
    <li className="test-row" data-testid="test-row" data-status={test.status} data-name={test.name}>
      <button
        type="button"
        className="test-row-head"
        aria-expanded={details ? open : undefined}
        disabled={!details}
        onClick={() => setOpen(!open)}
      >
        <span className={`test-status tone-${label.tone}`}>
          <span aria-hidden="true">{label.icon}</span>
          <span className="visually-hidden">{label.word}</span>
        </span>
        <span className="test-name">{test.name}</span>
        <span className="test-message">{firstLine(test.message)}</span>
        <span className="test-duration">{formatDuration(test.durationMs)}</span>
      </button>
      {open && details && (
        <div className="test-details">
          {test.message.trim() && <pre className="code-block">{test.message}</pre>}
          {test.output?.trim() && (
            <>
              <h4>Output</h4>
              <pre className="code-block">{test.output}</pre>
            </>
          )}
        </div>
      )}
    </li>
  );
}
