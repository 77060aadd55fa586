// Replay: a slider over the exercise's snapshots; each step shows the code at that moment with what changed
// since the step before marked (inline diff). Steps are rebuilt by the main process from the bundle's diffs.
import { useEffect, useRef, useState } from 'react';
import type { FileMap } from '../../../core/common/assessment.ts';
import { DiffView } from './DiffView.tsx';
import { offset } from './state/timeline.ts';

export interface ReplayProps {
  digest: string;
  exerciseId: string;
  language: string;
  steps: { i: number; t: number }[];
  start: number;
}

export function Replay(p: ReplayProps) {
  const last = p.steps.length - 1;
  const [i, setI] = useState(last);
  const [view, setView] = useState<{ i: number; before: FileMap; after: FileMap } | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const load = (n: number) => window.assay.replaySnapshot({ digest: p.digest, exerciseId: p.exerciseId, i: n });
    Promise.all([load(i), i > 0 ? load(i - 1) : Promise.resolve(null)]).then(([now, before]) => {
      if (mine === seq.current) setView({ i, after: now.files, before: before?.files ?? now.files });
    }, () => undefined);
  }, [i, p.digest, p.exerciseId]);
  const files = view ? Object.keys(view.after).sort() : [];
  const shown = file && files.includes(file) ? file : files[0];
  return (
    <div className="iv-replay" data-testid="replay">
      <label className="iv-replay-control">
        <span>
          Step <strong data-testid="replay-step">{i}</strong> of {last} · {offset(p.steps[i]?.t ?? p.start, p.start)}
          {i === 0 ? ' (starter)' : ''}
        </span>
        <input type="range" min={0} max={last} step={1} value={i} onChange={(e) => setI(Number(e.target.value))} data-testid="replay-slider" aria-label="Replay step" />
      </label>
      {files.length > 1 && (
        <div className="iv-file-tabs" role="tablist">
          {files.map((f) => (
            <button key={f} type="button" role="tab" aria-selected={f === shown} className="button button-quiet" onClick={() => setFile(f)}>
              {f}
            </button>
          ))}
        </div>
      )}
      {view && shown && (
        <DiffView original={view.before[shown] ?? ''} modified={view.after[shown] ?? ''} language={p.language} inline label={`Replay of ${shown}, step ${view.i}`} testId="replay-diff" />
      )}
    </div>
  );
}
