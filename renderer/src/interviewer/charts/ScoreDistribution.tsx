// The assessment's score distribution (bins of ten points) with this candidate's bin highlighted and named.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Bin } from './chart-data.ts';

export function ScoreDistribution({ bins, score, peers }: { bins: Bin[]; score: number | null; peers: number }) {
  const mine = bins.find((b) => b.mine);
  return (
    <figure className="iv-chart" data-testid="chart-distribution">
      <figcaption>
        <strong>Score distribution</strong>{' '}
        <span className="muted small">
          {peers} graded candidate{peers === 1 ? '' : 's'} of this assessment
          {mine ? ` · this candidate: ${score} (bin ${mine.label}, marked ◆)` : ' · this candidate is not graded yet'}
        </span>
      </figcaption>
      <div className="iv-chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={170}>
          <BarChart data={bins} margin={{ top: 18, right: 8, bottom: 0, left: -20 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} className="iv-chart-grid" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} className="iv-chart-axis" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} className="iv-chart-axis" />
            <Bar dataKey="count" isAnimationActive={false}>
              {bins.map((b) => (
                <Cell key={b.label} className={b.mine ? 'iv-bar-mine' : 'iv-bar'} />
              ))}
              <LabelList dataKey="mine" position="top" formatter={(v: unknown) => (v ? '◆ this candidate' : '')} className="iv-chart-label" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
