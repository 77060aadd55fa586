// One exercise of a submission: result and flags, the graded test table, review findings, the final code
// against the starter, the replay, and this exercise's part of the activity timeline.
import { useState } from 'react';
import type { ActivityEvent, ScorecardExercise } from '../../../core/common/assessment.ts';
import type { ExerciseDetail } from '../../../core/common/lifecycle.ts';
import { DiffView } from './DiffView.tsx';
import { Findings } from './Findings.tsx';
import { Replay } from './Replay.tsx';
import { CompareView } from './CompareView.tsx';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import type { SimilarityPair } from '../../../core/common/assessment.ts';
import { ReviewFindings } from './ReviewFindings.tsx';
import { TestTable } from './TestTable.tsx';
import { Timeline } from './Timeline.tsx';
import { minutes, scoreText, verdictText } from './format.ts';
import { scrubMarks } from './state/replay.ts';
import { frameAt } from './charts/chart-data.ts';

export interface ExercisePanelProps {
  digest: string;
  card: ScorecardExercise;
  detail: ExerciseDetail;
  events: ActivityEvent[];
  start: number;
  titles: Record<string, string>;
  /** The replay frame shown (owned by the page so the activity chart can move it). */
  frame: number;
  onFrame(i: number): void;
  /** The dashboard's rows and flagged pairs, for the side-by-side comparison. */
  peers: { rows: CandidateRow[]; similar: SimilarityPair[] };
}

export function ExercisePanel({ digest, card, detail, events, start, titles, frame, onFrame, peers }: ExercisePanelProps) {
  const files = Object.keys(detail.final).sort();
  const [file, setFile] = useState(files[0]!);
  const v = verdictText(card.verdict);
  return (
    <div className="iv-exercise" data-testid="exercise-panel" data-exercise-id={card.id}>
      <div className="iv-facts">
        <span className={`tone-${v.tone}`} data-testid="exercise-verdict">
          <span aria-hidden="true">{v.icon}</span> {v.word}
        </span>
        <span>Score {scoreText(card.score)}</span>
        <span>Hidden {card.hidden.total ? `${card.hidden.passed}/${card.hidden.total}` : '—'}</span>
        <span>Visible {card.visible?.total ? `${card.visible.passed}/${card.visible.total}` : '—'}</span>
        <span>{minutes(card.timeSpentMs)} on it</span>
        <span>{card.runs} runs</span>
        <span>{card.pastes} pastes</span>
        <span>
          +{card.diff.added} −{card.diff.removed} lines
        </span>
      </div>
      <p className="small muted">{card.summary}</p>
      {card.flags.length > 0 && <Findings flags={card.flags} titles={titles} heading="Findings on this exercise" />}
      <h3>Tests</h3>
      <TestTable tests={detail.tests} />
      {card.review && (
        <>
          <h3>Seeded defects and the candidate's comments</h3>
          <ReviewFindings findings={card.review} />
        </>
      )}
      <h3>Final code against the starter</h3>
      {files.length > 1 && (
        <div className="iv-file-tabs" role="tablist">
          {files.map((f) => (
            <button key={f} type="button" role="tab" aria-selected={f === file} className="button button-quiet" onClick={() => setFile(f)}>
              {f}
            </button>
          ))}
        </div>
      )}
      <DiffView original={detail.starter[file] ?? ''} modified={detail.final[file] ?? ''} language={detail.language || 'plaintext'} label={`${file}: starter against final`} testId="final-diff" />
      <CompareView digest={digest} exerciseId={card.id} rows={peers.rows} similar={peers.similar} />
      <h3>Replay</h3>
      <Replay
        digest={digest}
        exerciseId={card.id}
        language={detail.language || 'plaintext'}
        steps={detail.snapshots}
        start={start}
        marks={scrubMarks(events, card.id, detail.snapshots)}
        frame={frame}
        onFrame={onFrame}
      />
      <h3>Activity</h3>
      <Timeline
        events={events}
        start={start}
        titles={titles}
        exerciseId={card.id}
        at={detail.snapshots[Math.min(frame, detail.snapshots.length - 1)]?.t}
        onSeek={(t) => onFrame(frameAt(detail.snapshots, t))}
      />
    </div>
  );
}
