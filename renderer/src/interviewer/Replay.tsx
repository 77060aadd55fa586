// Replay: every autosave is a frame. Play / pause, speed, a scrubber with the exercise's pastes and runs marked;
// each frame shows the code at that moment with what changed since the frame before (inline diff). The parent
// owns the frame so the activity timeline and the charts move with it.
import { useEffect, useRef, useState } from 'react';
import type { FileMap } from '../../../core/common/assessment.ts';
import { DiffView } from './DiffView.tsx';
import { offset } from './state/timeline.ts';
import './replay.css';
import { frameDelay, nextFrame, SPEEDS, type ScrubMark, type Speed } from './state/replay.ts';

export interface ReplayProps {
  digest: string;
  exerciseId: string;
  language: string;
  steps: { i: number; t: number }[];
  start: number;
  marks: ScrubMark[];
  frame: number;
  onFrame(i: number): void;
}

export function Replay(p: ReplayProps) {
  const last = p.steps.length - 1;
  const i = Math.min(Math.max(0, p.frame), last);
  const [view, setView] = useState<{ i: number; before: FileMap; after: FileMap } | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(2);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const load = (n: number) => window.assay.replaySnapshot({ digest: p.digest, exerciseId: p.exerciseId, i: n });
    Promise.all([load(i), i > 0 ? load(i - 1) : Promise.resolve(null)]).then(([now, before]) => {
      if (mine === seq.current) setView({ i, after: now.files, before: before?.files ?? now.files });
    }, () => undefined);
  }, [i, p.digest, p.exerciseId]);
  // Playing advances one frame once the frame on screen has loaded, so slow loads never skip frames.
  useEffect(() => {
    if (!playing || view?.i !== i) return;
    const next = nextFrame(i, last);
    if (next === null) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => p.onFrame(next), frameDelay(speed));
    return () => clearTimeout(timer);
  }, [playing, view, i, last, speed]);
  const files = view ? Object.keys(view.after).sort() : [];
  const shown = file && files.includes(file) ? file : files[0];
  const togglePlay = () => {
    if (!playing && i >= last) p.onFrame(0);
    setPlaying(!playing);
  };
  return (
    <div className="iv-replay" data-testid="replay" data-playing={playing}>
      <div className="iv-replay-control">
        <button type="button" className="button" data-testid="replay-play" onClick={togglePlay} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
        </button>
        <label className="iv-replay-speed">
          <span>Speed</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)} data-testid="replay-speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="iv-replay-where">
          Frame <strong data-testid="replay-step">{i}</strong> of {last} · {offset(p.steps[i]?.t ?? p.start, p.start)}
          {i === 0 ? ' (starter)' : ''}
        </span>
      </div>
      <div className="iv-scrubber">
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={i}
          onChange={(e) => (setPlaying(false), p.onFrame(Number(e.target.value)))}
          data-testid="replay-slider"
          aria-label="Replay frame"
          aria-valuetext={`Frame ${i} of ${last}, ${offset(p.steps[i]?.t ?? p.start, p.start)}`}
        />
        <div className="iv-scrub-marks" data-testid="scrub-marks">
          {p.marks.map((m, k) => (
            <button
              key={k}
              type="button"
              className={`iv-scrub-mark iv-scrub-${m.kind}`}
              style={{ left: `${m.at * 100}%` }}
              title={m.label}
              aria-label={`Go to the ${m.label}`}
              data-kind={m.kind}
              onClick={() => (setPlaying(false), p.onFrame(m.frame))}
            >
              <span aria-hidden="true">{m.kind === 'paste' ? '⎘' : '▶'}</span>
            </button>
          ))}
        </div>
      </div>
      {files.length > 1 && (
        <div className="iv-file-tabs" role="tablist" aria-label="Replay files">
          {files.map((f) => (
            <button key={f} type="button" role="tab" aria-selected={f === shown} className="button button-quiet" onClick={() => setFile(f)}>
              {f}
            </button>
          ))}
        </div>
      )}
      {view && shown && (
        <DiffView original={view.before[shown] ?? ''} modified={view.after[shown] ?? ''} language={p.language} inline label={`Replay of ${shown}`} testId="replay-diff" />
      )}
    </div>
  );
}
