// The session as lanes over time: every autosave (typing), pastes, runs, focus losses and resumes. Pastes, runs,
// focus losses and resumes are buttons (click, Enter or Space) that show that moment in the replay.
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { LANES, type ActivityPoint } from './chart-data.ts';
import { offset } from '../state/timeline.ts';

const CLASS: Record<ActivityPoint['lane'], string> = {
  Typing: 'iv-dot-typing',
  Paste: 'iv-dot-paste',
  Run: 'iv-dot-run',
  'Focus lost': 'iv-dot-focus',
  Resumed: 'iv-dot-resume',
};

export interface ActivityStripProps {
  points: ActivityPoint[];
  start: number;
  totalMinutes: number;
  titles: Record<string, string>;
  onJump(p: ActivityPoint): void;
}

export function ActivityStrip({ points, start, totalMinutes, titles, onJump }: ActivityStripProps) {
  const Dot = (props: { cx?: number; cy?: number; payload?: ActivityPoint }) => {
    const p = props.payload;
    if (!p || props.cx === undefined || props.cy === undefined) return <g />;
    if (p.lane === 'Typing') return <rect x={props.cx - 1} y={props.cy - 6} width={2} height={12} className={CLASS[p.lane]} />;
    const where = p.exerciseId ? ` in “${titles[p.exerciseId] ?? p.exerciseId}”` : '';
    const label = `${p.label}${where} at ${offset(p.t, start)}: show in the replay`;
    return (
      <g
        role="button"
        tabIndex={0}
        aria-label={label}
        className="iv-dot-button"
        data-testid="activity-point"
        data-lane={p.lane}
        onClick={() => onJump(p)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onJump(p);
          }
        }}
      >
        <title>{label}</title>
        <circle cx={props.cx} cy={props.cy} r={6} className={CLASS[p.lane]} />
      </g>
    );
  };
  return (
    <figure className="iv-chart" data-testid="chart-activity">
      <figcaption>
        <strong>Activity</strong>{' '}
        <span className="muted small">
          {points.filter((p) => p.lane === 'Typing').length} saves · {points.filter((p) => p.lane === 'Paste').length} pastes ·{' '}
          {points.filter((p) => p.lane === 'Run').length} runs · {points.filter((p) => p.lane === 'Focus lost').length} focus losses ·{' '}
          {points.filter((p) => p.lane === 'Resumed').length} resumes — select a mark to see that moment in the replay
        </span>
      </figcaption>
      <div className="iv-chart-plot">
        <ResponsiveContainer width="100%" height={150}>
          <ScatterChart margin={{ top: 6, right: 12, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid className="iv-chart-grid" />
            <XAxis type="number" dataKey="x" domain={[0, Math.max(1, Math.ceil(totalMinutes))]} unit=" min" tick={{ fontSize: 11 }} className="iv-chart-axis" />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, LANES.length - 0.5]}
              ticks={LANES.map((_, i) => i)}
              tickFormatter={(v: number) => LANES[v] ?? ''}
              reversed
              width={78}
              tick={{ fontSize: 11 }}
              className="iv-chart-axis"
            />
            <Scatter data={points} shape={Dot} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
