// The candidate page's pictures: score distribution (this candidate marked), time per exercise against the
// suggested minutes, and the activity strip that moves the replay.
import { useMemo } from 'react';
import type { CandidateDetail, CandidateRow } from '../../../../core/common/lifecycle.ts';
import { activityPoints, peers, scoreBins, timeBars, type ActivityPoint } from './chart-data.ts';
import { ScoreDistribution } from './ScoreDistribution.tsx';
import { TimePerExercise } from './TimePerExercise.tsx';
import { ActivityStrip } from './ActivityStrip.tsx';
import './charts.css';

export function CandidateCharts({ detail, rows, groupOf, titles, onJump }: { detail: CandidateDetail; rows: CandidateRow[]; groupOf: ReadonlyMap<string, string>; titles: Record<string, string>; onJump(p: ActivityPoint): void }) {
  const card = detail.scorecard;
  const start = Date.parse(card.session.startedAt);
  const group = useMemo(() => peers(rows, card.assessment.id, groupOf), [rows, card.assessment.id, groupOf]);
  const bins = useMemo(() => scoreBins(group, detail.digest), [group, detail.digest]);
  const frames = useMemo(() => detail.exercises.flatMap((e) => e.snapshots.map((s) => ({ exerciseId: e.id, t: s.t, i: s.i }))), [detail.exercises]);
  const points = useMemo(() => activityPoints(card.timeline, frames, start), [card.timeline, frames, start]);
  return (
    <div className="iv-charts" data-testid="charts">
      <ScoreDistribution bins={bins} score={detail.gradedAt ? card.overall.score : null} peers={group.filter((r) => r.gradedAt).length} />
      <TimePerExercise bars={timeBars(card.exercises)} />
      <div className="iv-chart-wide">
        <ActivityStrip points={points} start={start} totalMinutes={card.session.timeUsedMs / 60_000} titles={titles} onJump={onJump} />
      </div>
    </div>
  );
}
