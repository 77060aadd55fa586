// The Output tab: process output streamed while running, then the run's captured output.
import { useEffect, useRef } from 'react';
import type { RunState } from '../state/run.ts';

function textOf(run: RunState | undefined): string {
  if (!run) return '';
  if (run.kind === 'done') return run.report.output;
  return run.output;
}

export function OutputView({ run }: { run: RunState | undefined }) {
  const ref = useRef<HTMLPreElement>(null);
  const text = textOf(run);
  useEffect(() => {
    const el = ref.current;
    if (el && run?.kind === 'running') el.scrollTop = el.scrollHeight;
  }, [text, run?.kind]);
  return (
    <pre className="output" data-testid="output-panel" ref={ref} tabIndex={0} aria-label="Run output">
      {text || <span className="panel-empty">No output yet.</span>}
    </pre>
  );
}
