// A one-page summary of a group of candidates (an assessment) for print: who, score, decision, flags by
// severity, with two charts drawn as inline SVG (no scripts, no remote resources): the score distribution and
// the mean time per exercise against its suggested minutes. Every text goes through esc (the HTML escaper).
import type { Scorecard } from '../../common/assessment.ts';
import { htmlText as esc } from './escape.ts';
import { rating, score } from './format.ts';

const W = 340;
const H = 150;

function histogram(cards: readonly Scorecard[]): string {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const c of cards) if (c.overall.score !== null) bins[Math.min(9, Math.max(0, Math.floor(c.overall.score / 10)))]! += 1;
  const max = Math.max(1, ...bins);
  const bw = (W - 30) / 10;
  const bars = bins
    .map((n, i) => {
      const h = ((H - 30) * n) / max;
      const x = 25 + i * bw;
      return `<rect x="${x + 2}" y="${H - 20 - h}" width="${bw - 4}" height="${h}" fill="#2463d1"/>` +
        (n ? `<text x="${x + bw / 2}" y="${H - 24 - h}" text-anchor="middle" font-size="10">${n}</text>` : '') +
        `<text x="${x + bw / 2}" y="${H - 6}" text-anchor="middle" font-size="9">${i * 10}</text>`;
    })
    .join('');
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="Score distribution"><line x1="25" y1="${H - 20}" x2="${W - 5}" y2="${H - 20}" stroke="#999"/>${bars}</svg>`;
}

function timeChart(cards: readonly Scorecard[]): string {
  const ids = [...new Set(cards.flatMap((c) => c.exercises.map((e) => e.id)))];
  const rows = ids.map((id) => {
    const of = cards.flatMap((c) => c.exercises.filter((e) => e.id === id));
    const mean = of.reduce((s, e) => s + e.timeSpentMs, 0) / Math.max(1, of.length) / 60_000;
    return { title: of[0]!.title, mean, suggested: of[0]!.minutes };
  });
  const max = Math.max(1, ...rows.flatMap((r) => [r.mean, r.suggested]));
  const rowH = 30;
  const height = 20 + rows.length * rowH;
  const scale = (m: number) => ((W - 200) * m) / max;
  const body = rows
    .map((r, i) => {
      const y = 10 + i * rowH;
      return `<text x="0" y="${y + 12}" font-size="9">${esc(r.title.length > 24 ? `${r.title.slice(0, 23)}…` : r.title)}</text>` +
        `<rect x="125" y="${y}" width="${scale(r.mean)}" height="10" fill="#2463d1"/>` +
        `<rect x="125" y="${y + 12}" width="${scale(r.suggested)}" height="8" fill="#b8bec7"/>` +
        `<text x="${130 + scale(Math.max(r.mean, r.suggested))}" y="${y + 12}" font-size="9">${r.mean.toFixed(1)} / ${r.suggested} min</text>`;
    })
    .join('');
  return `<svg width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-label="Mean time per exercise against suggested minutes">${body}</svg>`;
}

export function renderSummaryHtml(title: string, cards: readonly Scorecard[]): string {
  const count = (c: Scorecard, s: string) => [...c.flags, ...c.exercises.flatMap((e) => e.flags)].filter((f) => f.severity === s).length;
  const sorted = [...cards].sort((a, b) => (b.overall.score ?? -1) - (a.overall.score ?? -1));
  const rows = sorted
    .map(
      (c) =>
        `<tr><td>${esc(c.candidate)}</td><td class="n">${esc(score(c.overall.score))}</td><td>${esc(c.rubric.recommendation ? rating(c.rubric.recommendation) : '—')}</td>` +
        `<td class="n">${Math.round(c.session.timeUsedMs / 60_000)} min</td><td class="n">${count(c, 'critical')}</td><td class="n">${count(c, 'warning')}</td><td class="n">${count(c, 'info')}</td></tr>`,
    )
    .join('');
  const decided = cards.filter((c) => c.rubric.recommendation).length;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 14mm; }
body { font: 11px/1.4 system-ui, sans-serif; color: #1f2328; }
h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 12px; margin: 12px 0 4px; }
.muted { color: #5a626d; } .charts { display: flex; gap: 16px; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #dadee4; padding: 3px 6px; text-align: left; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
</style></head><body>
<h1>${esc(title)}</h1>
<p class="muted">${cards.length} candidate${cards.length === 1 ? '' : 's'} · ${decided} decided · generated ${esc(new Date().toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
<div class="charts"><section><h2>Score distribution</h2>${histogram(cards)}</section><section><h2>Mean time per exercise (used / suggested)</h2>${timeChart(cards)}</section></div>
<h2>Candidates</h2>
<table><thead><tr><th>Candidate</th><th class="n">Score</th><th>Decision</th><th class="n">Time</th><th class="n">Critical</th><th class="n">To look at</th><th class="n">Info</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}
