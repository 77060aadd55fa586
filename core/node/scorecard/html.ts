// The scorecard as one self-contained HTML document (inline CSS, no scripts, no remote resources), laid out for
// A4 print: header, summary, per-exercise table, competency matrix, rubric, things to look at, session facts.
import type { Rating, Scorecard } from '../../common/assessment.ts';
import { scorecardCss } from './html-style.ts';
import { htmlAttr, htmlText } from './escape.ts';
import { dateTime, duration, lineRange, rating, score, verdict, wallView } from './format.ts';

/** HTML text; attributes use htmlAttr. Both from ./escape.ts, the one place HTML is escaped. */
export const esc = htmlText;

const tone = (n: number | null) => (n === null ? 'none' : n >= 80 ? 'good' : n >= 50 ? 'warn' : 'bad');
const RATING_TONE: Record<Rating, string> = { strong_no: 'bad', no: 'warn', yes: 'good', strong_yes: 'good' };
const ratingPill = (r: Rating | null) => `<span class="pill ${r ? RATING_TONE[r] : 'none'}">${esc(rating(r))}</span>`;
const verdictPill = (v: string) => `<span class="pill ${v === 'passed' ? 'good' : v === 'failed' ? 'warn' : v === 'not_graded' ? 'none' : 'bad'}">${esc(verdict(v))}</span>`;
const scoreCell = (n: number | null) => (n === null ? '—' : `${score(n)}<span class="bar"><i style="width:${Math.max(0, Math.min(100, n))}%"></i></span>`);

function summaryText(c: Scorecard): string {
  const parts = [
    `${c.candidate} completed ${c.overall.passed} of ${c.overall.total} exercise${c.overall.total === 1 ? '' : 's'} in full`,
    c.overall.score === null ? '' : ` with an overall score of ${c.overall.score}/100`,
    `, using ${duration(c.session.timeUsedMs)} of the ${c.assessment.timeLimitMinutes}-minute limit`,
    c.session.submitReason === 'expired' ? ' (time ran out; submitted automatically).' : '.',
  ];
  const strong = c.competencies.filter((x) => x.score !== null && x.score >= 80).length;
  const weak = c.competencies.filter((x) => x.score !== null && x.score < 50).length;
  const evidence = c.competencies.length ? ` Exercise evidence is strong on ${strong} and weak on ${weak} of ${c.competencies.length} competencies.` : '';
  return esc(parts.join('') + evidence);
}

function exercisesTable(c: Scorecard): string {
  const rows = c.exercises.map((e, i) => `<tr>
<td>${i + 1}</td><td><strong>${esc(e.title)}</strong><div class="small">${esc([e.language, e.type, e.difficulty].filter(Boolean).join(' · '))}</div>
${e.verdict === 'passed' || e.verdict === 'failed' ? '' : `<div class="small">${esc(e.summary)}</div>`}</td>
<td>${verdictPill(e.verdict)}</td>
<td class="num">${e.hidden.total ? `${e.hidden.passed}/${e.hidden.total}` : '—'}</td>
<td class="num">${e.visible?.total ? `${e.visible.passed}/${e.visible.total}` : '—'}</td>
<td class="num">${scoreCell(e.score)}</td>
<td class="num">${duration(e.timeSpentMs)}</td><td class="num">${e.runs}</td>
<td class="num">+${e.diff.added} −${e.diff.removed}</td></tr>`);
  return `<table><thead><tr><th>#</th><th>Exercise</th><th>Result</th><th class="num">Hidden</th><th class="num">Visible</th>
<th class="num">Score</th><th class="num">Time</th><th class="num">Runs</th><th class="num">Lines</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function matrix(c: Scorecard): string {
  if (!c.competencies.length) return '<p class="small">No competencies mapped.</p>';
  const head = c.exercises.map((e, i) => `<th class="c" title="${htmlAttr(e.title)}">Ex ${i + 1}</th>`).join('');
  const rows = c.competencies.map((k) => {
    const cells = c.exercises.map((e) => {
      const a = k.assessedBy.find((x) => x.exerciseId === e.id);
      return `<td class="cell">${a ? `<span class="dot ${tone(a.score)}">${score(a.score)}</span>` : ''}</td>`;
    });
    const r = c.rubric.rows.find((x) => x.competencyId === k.id);
    return `<tr><td>${esc(k.text)}</td>${cells.join('')}<td class="num"><span class="dot ${tone(k.score)}">${k.assessedBy.length ? score(k.score) : 'n/a'}</span></td><td>${ratingPill(r?.rating ?? null)}</td></tr>`;
  });
  return `<table class="matrix"><thead><tr><th>Competency</th>${head}<th class="num">Evidence</th><th>Rubric</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="small">Cells: score of each exercise assessing the competency (0–100). Evidence: their mean; n/a when no exercise of this assessment covers it.</p>`;
}

function rubric(c: Scorecard): string {
  const rows = c.rubric.rows.map((r) => `<tr><td style="width:42%">${esc(r.text)}</td><td>${ratingPill(r.rating)}</td><td class="notes">${esc(r.notes)}</td></tr>`);
  return `<table><thead><tr><th>Competency</th><th>Rating</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<div class="callout"><strong>Overall recommendation:</strong> ${ratingPill(c.rubric.recommendation)}${c.rubric.reviewer ? ` <span class="small">— ${esc(c.rubric.reviewer)}</span>` : ''}
${c.rubric.notes ? `<div class="notes" style="margin-top:1.5mm">${esc(c.rubric.notes)}</div>` : ''}</div>`;
}

function flags(c: Scorecard): string {
  const all = [...c.flags, ...c.exercises.flatMap((e) => e.flags)];
  if (!all.length) return '<p class="small">Nothing unusual in the activity log or the integrity checks.</p>';
  return `<ul class="flags">${all.map((f) => `<li class="${f.severity}">${esc(f.message)}</li>`).join('')}</ul>`;
}

function review(c: Scorecard): string {
  const parts = c.exercises.filter((e) => e.review).map((e) => `<h3>${esc(e.title)}</h3><table><thead><tr><th>Seeded defect</th><th>Found</th><th>Candidate's comments</th></tr></thead><tbody>${e.review!.map(
    (d) => `<tr><td><strong>${esc(d.category)}</strong>, ${lineRange(d.lines)}<div class="small">${esc(d.description)}</div></td><td>${d.unmatched ? '<span class="pill bad">Noise</span>' : d.found ? '<span class="pill good">Found</span>' : '<span class="pill bad">Missed</span>'}</td><td>${d.comments.map((m) => `<div><span class="small">L${m.line}</span> ${esc(m.body)}</div>`).join('') || '<span class="small">none</span>'}</td></tr>`,
  ).join('')}</tbody></table>`);
  return parts.length ? `<section><h2>Code review findings</h2>${parts.join('')}</section>` : '';
}

function facts(c: Scorecard): string {
  const s = c.session;
  const f: [string, string][] = [
    ['Started', dateTime(s.startedAt)], ['Submitted', `${dateTime(s.submittedAt)} (${s.submitReason === 'expired' ? 'time ran out' : 'by the candidate'})`],
    ['Time used', `${duration(s.timeUsedMs)} of ${c.assessment.timeLimitMinutes} min${wallView(s.wallTimeUsedMs)}`], ['Test runs', String(s.runs)],
    ['App closed', s.appClosedMs ? duration(s.appClosedMs) : 'never'], ['Idle (≥ 2 min)', s.idleMs ? duration(s.idleMs) : 'none'],
    ['Window in background', s.focusLost ? `${s.focusLost}× · ${duration(s.awayMs)}` : 'never'], ['Pastes', s.pastes ? `${s.pastes} (largest ${s.largestPasteChars} chars)` : 'none'],
  ];
  return `<dl class="facts">${f.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

export function renderHtml(c: Scorecard): string {
  const lib = c.assessment.library;
  const role = c.assessment.roleTitle ?? 'Hand-picked exercises';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scorecard — ${esc(c.candidate)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${scorecardCss(`${c.candidate} · ${c.assessment.title} · Confidential`)}</style></head>
<body><main>
<header class="doc"><div><div class="brand">Assay · Interview scorecard</div><h1>${esc(c.candidate)}</h1>
<div class="sub">${esc(role)} · ${esc(c.assessment.title)}</div></div>
<div class="meta"><span class="conf">Confidential</span><br>Interview on <strong>${esc(dateTime(c.session.startedAt).slice(0, 10))}</strong><br>Scored ${esc(dateTime(c.generatedAt))}</div></header>
<div class="kpis">
<div class="kpi"><div class="label">Recommendation</div><div class="value" style="font-size:12pt;padding-top:1.5mm">${ratingPill(c.rubric.recommendation)}</div></div>
<div class="kpi"><div class="label">Overall score</div><div class="value">${score(c.overall.score)}<small> / 100</small></div></div>
<div class="kpi"><div class="label">Exercises passed</div><div class="value">${c.overall.passed}<small> of ${c.overall.total}</small></div></div>
<div class="kpi"><div class="label">Time used</div><div class="value">${Math.round(c.session.timeUsedMs / 60_000)}<small> of ${c.assessment.timeLimitMinutes} min</small></div></div></div>
<p class="summary">${summaryText(c)}</p>
<section><h2>Exercises</h2>${exercisesTable(c)}</section>
<section><h2>Competency matrix</h2>${matrix(c)}</section>
<section><h2>Rubric</h2>${rubric(c)}</section>
${review(c)}
<section><h2>Things to look at</h2>${flags(c)}</section>
<section><h2>Session</h2>${facts(c)}</section>
<footer class="doc">Submission ${esc(c.bundleDigest)} · library ${esc(lib.commit ? `commit ${lib.commit.slice(0, 12)}${lib.dirty ? ' (modified)' : ''}` : `hash ${lib.hash.slice(0, 12)}`)} · ${esc(c.schema)} · generated by Assay</footer>
</main></body></html>
`;
}
