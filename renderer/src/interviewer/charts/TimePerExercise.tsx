// Minutes used on each exercise next to the library's suggested minutes.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TimeBar } from './chart-data.ts';

export function TimePerExercise({ bars }: { bars: TimeBar[] }) {
  const over = bars.filter((b) => b.over);
  return (
    <figure className="iv-chart" data-testid="chart-time">
      <figcaption>
        <strong>Time per exercise</strong>{' '}
        <span className="muted small">
          minutes used against suggested
          {over.length ? ` · over on ${over.map((b) => `“${b.title}” (${b.used} of ${b.suggested})`).join(', ')}` : ' · within the suggested time'}
        </span>
        <span className="iv-legend small">
          <span className="iv-swatch iv-swatch-mine" aria-hidden="true" /> used <span className="iv-swatch" aria-hidden="true" /> suggested
        </span>
      </figcaption>
      <div className="iv-chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={Math.max(110, 50 + bars.length * 44)}>
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} className="iv-chart-grid" />
            <XAxis type="number" tick={{ fontSize: 11 }} unit=" min" className="iv-chart-axis" />
            <YAxis type="category" dataKey="title" width={150} tick={{ fontSize: 11 }} className="iv-chart-axis" />
            <Bar dataKey="used" name="used" className="iv-bar-mine" isAnimationActive={false} />
            <Bar dataKey="suggested" name="suggested" className="iv-bar" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
