// The scorecard as Markdown (GitHub-flavoured tables), for pasting into an ATS note or an issue.
import type { Scorecard } from '../../common/assessment.ts';
import { dateTime, duration, lineRange, rating, score, verdict, wallView } from './format.ts';

import { mdText } from './escape.ts';

export { mdText };

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function renderMarkdown(c: Scorecard): string {
  const s = c.session;
  const out: string[] = [
    `# Scorecard: ${mdText(c.candidate)}`,
    '',
    `${mdText(c.assessment.roleTitle ?? 'Hand-picked exercises')} · ${mdText(c.assessment.title)} · ${dateTime(s.startedAt).slice(0, 10)}`,
    '',
    `**Recommendation:** ${rating(c.rubric.recommendation)} · **Overall score:** ${score(c.overall.score)}/100 · ` +
      `**Exercises passed:** ${c.overall.passed} of ${c.overall.total} · **Time used:** ${duration(s.timeUsedMs)} of ${c.assessment.timeLimitMinutes} min${wallView(s.wallTimeUsedMs)}` +
      (s.submitReason === 'expired' ? ' (time ran out)' : ''),
    '',
    '## Exercises',
    '',
    table(
      ['#', 'Exercise', 'Result', 'Hidden', 'Visible', 'Score', 'Time', 'Runs', 'Lines'],
      c.exercises.map((e, i) => [
        String(i + 1),
        `${mdText(e.title)} (${[e.language, e.type].filter(Boolean).join(', ')})`,
        verdict(e.verdict),
        e.hidden.total ? `${e.hidden.passed}/${e.hidden.total}` : '—',
        e.visible?.total ? `${e.visible.passed}/${e.visible.total}` : '—',
        score(e.score),
        duration(e.timeSpentMs),
        String(e.runs),
        `+${e.diff.added} −${e.diff.removed}`,
      ]),
    ),
    '',
    '## Competency matrix',
    '',
    table(
      ['Competency', ...c.exercises.map((_, i) => `Ex ${i + 1}`), 'Evidence', 'Rubric'],
      c.competencies.map((k) => [
        mdText(k.text),
        ...c.exercises.map((e) => {
          const a = k.assessedBy.find((x) => x.exerciseId === e.id);
          return a ? score(a.score) : '';
        }),
        k.assessedBy.length ? score(k.score) : 'n/a',
        rating(c.rubric.rows.find((r) => r.competencyId === k.id)?.rating ?? null),
      ]),
    ),
    '',
    '## Rubric',
    '',
    table(['Competency', 'Rating', 'Notes'], c.rubric.rows.map((r) => [mdText(r.text), rating(r.rating), mdText(r.notes)])),
    '',
    `**Overall recommendation:** ${rating(c.rubric.recommendation)}${c.rubric.reviewer ? ` (${mdText(c.rubric.reviewer)})` : ''}`,
    ...(c.rubric.notes ? ['', mdText(c.rubric.notes)] : []),
  ];
  for (const e of c.exercises.filter((x) => x.review)) {
    out.push('', `## Review findings: ${mdText(e.title)}`, '');
    out.push(table(['Defect', 'Found', 'Comments'], e.review!.map((d) => [
      `${d.category}, ${lineRange(d.lines)}: ${mdText(d.description)}`,
      d.unmatched ? 'noise' : d.found ? 'found' : 'missed',
      d.comments.map((m) => `L${m.line}: ${mdText(m.body)}`).join('<br>') || '—',
    ])));
  }
  const flags = [...c.flags, ...c.exercises.flatMap((e) => e.flags)];
  out.push('', '## Things to look at', '', ...(flags.length ? flags.map((f) => `- **${f.severity}**: ${mdText(f.message)}`) : ['Nothing unusual.']));
  out.push(
    '',
    '## Session',
    '',
    `- Started ${dateTime(s.startedAt)}, submitted ${dateTime(s.submittedAt)} (${s.submitReason === 'expired' ? 'time ran out' : 'by the candidate'})`,
    `- Test runs: ${s.runs}; pastes: ${s.pastes}${s.pastes ? ` (largest ${s.largestPasteChars} chars)` : ''}`,
    `- App closed: ${s.appClosedMs ? duration(s.appClosedMs) : 'never'}; idle: ${s.idleMs ? duration(s.idleMs) : 'none'}; window in background: ${s.focusLost}× (${duration(s.awayMs)})`,
    '',
    `<sub>Submission ${c.bundleDigest} · ${c.schema}</sub>`,
    '',
  );
  return out.join('\n');
}
