// The interviewer's screens as pure state: routes, the dashboard's columns and sorting, rubric edits, the
// assessment form, the picker's coverage and the timeline's sentences.
import { describe, expect, it } from 'vitest';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import type { Rubric } from '../../../core/common/assessment.ts';
import type { ExerciseSummary } from '../../../core/common/exercise.ts';
import { parseRoute, railOf, routeHash } from '../../../renderer/src/interviewer/state/route.ts';
import { columns, nextSort, sortRows } from '../../../renderer/src/interviewer/state/dashboard.ts';
import { noteRow, progress, rateRow, recommend } from '../../../renderer/src/interviewer/state/rubric.ts';
import { formProblem, selectionCoverage, toggle, totalMinutes } from '../../../renderer/src/interviewer/state/picker.ts';
import { describe as describeEvent, offset, timelineItems } from '../../../renderer/src/interviewer/state/timeline.ts';
import { byRoleAndType } from '../../../renderer/src/interviewer/state/catalog.ts';

const D = 'a'.repeat(64);

describe('routes', () => {
  it('round-trips every screen and falls back to the candidates list', () => {
    for (const r of [{ view: 'library' }, { view: 'assessments' }, { view: 'new-assessment' }, { view: 'candidates' }, { view: 'candidate', digest: D }] as const) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
    expect(parseRoute('')).toEqual({ view: 'candidates' });
    expect(parseRoute('#/candidates/not-a-digest')).toEqual({ view: 'candidates' });
    expect(railOf({ view: 'new-assessment' })).toBe('assessments');
    expect(railOf({ view: 'candidate', digest: D })).toBe('candidates');
  });
});

const row = (candidate: string, score: number | null, over: Partial<CandidateRow> = {}): CandidateRow => ({
  digest: candidate.padEnd(64, '0'),
  packId: `pack-${candidate}`,
  submissions: [],
  archived: false,
  origin: 'this_register',
  error: null,
  candidate,
  assessmentId: 'assessment-1',
  assessmentTitle: 'Screen',
  submittedAt: '2026-01-01T00:00:00Z',
  submitReason: 'manual',
  timeUsedMs: 60_000,
  gradedAt: score === null ? null : '2026-01-01T01:00:00Z',
  score,
  recommendation: null,
  exercises: [{ id: 'go-a', title: 'Go A', score, verdict: 'passed' }],
  competencies: [{ id: 'sbd-x', text: 'Go in production', score }],
  flags: [],
  ...over,
});

describe('dashboard', () => {
  const rows = [row('Bea', 40), row('Ada', 90, { recommendation: 'strong_yes' }), row('Cy', null, { flags: [{ code: 'x', message: 'm', severity: 'warning' }] })];
  const cols = columns(rows);

  it('has a column per exercise and competency besides the fixed ones', () => {
    expect(cols.map((c) => c.key)).toEqual(['candidate', 'score', 'rec', 'time', 'flags', 'ex:go-a', 'req:sbd-x']);
  });

  it('names competency columns by the requirement, not its id, shortened, with the whole line as the hint', () => {
    const long = columns([row('Ada', 90, { competencies: [{ id: 'sbd-resp-features', text: 'Develop CI/CD features from proposal to polished end result.', score: 90 }] })]);
    const req = long.find((c) => c.key === 'req:sbd-resp-features')!;
    expect(req.title).toBe('Develop CI/CD fea…');
    expect(req.hint).toBe('Develop CI/CD features from proposal to polished end result. (sbd-resp-features)');
    expect(cols.find((c) => c.key === 'req:sbd-x')!.title).toBe('Go in production');
  });

  it('sorts numbers best first, keeps ungraded rows last either way, and flips on a second click', () => {
    expect(sortRows(rows, cols, { key: 'score', dir: 'desc' }).map((r) => r.candidate)).toEqual(['Ada', 'Bea', 'Cy']);
    expect(sortRows(rows, cols, { key: 'score', dir: 'asc' }).map((r) => r.candidate)).toEqual(['Bea', 'Ada', 'Cy']);
    expect(sortRows(rows, cols, { key: 'candidate', dir: 'asc' }).map((r) => r.candidate)).toEqual(['Ada', 'Bea', 'Cy']);
    expect(sortRows(rows, cols, { key: 'flags', dir: 'desc' })[0]!.candidate).toBe('Cy');
    expect(sortRows(rows, cols, { key: 'rec', dir: 'desc' })[0]!.candidate).toBe('Ada');
    expect(nextSort({ key: 'score', dir: 'desc' }, 'score')).toEqual({ key: 'score', dir: 'asc' });
    expect(nextSort({ key: 'score', dir: 'desc' }, 'candidate')).toEqual({ key: 'candidate', dir: 'asc' });
    expect(nextSort({ key: 'candidate', dir: 'asc' }, 'time')).toEqual({ key: 'time', dir: 'desc' });
  });
});

describe('rubric edits', () => {
  const r: Rubric = {
    schema: 'assay.rubric/1',
    reviewer: '',
    rows: [
      { competencyId: 'a', text: 'A', rating: null, notes: '' },
      { competencyId: 'b', text: 'B', rating: null, notes: '' },
    ],
    recommendation: null,
    notes: '',
  };
  it('changes one row at a time and never the original', () => {
    const next = recommend(noteRow(rateRow(r, 'b', 'no'), 'b', 'shaky on errors'), 'yes');
    expect(next.rows[1]).toEqual({ competencyId: 'b', text: 'B', rating: 'no', notes: 'shaky on errors' });
    expect(next.rows[0]!.rating).toBeNull();
    expect(next.recommendation).toBe('yes');
    expect(r.rows[1]!.rating).toBeNull();
    expect(progress(next)).toEqual({ rated: 1, total: 2 });
  });
});

const ex = (id: string, minutes: number, competencies: string[], role = 'sbd', type: ExerciseSummary['type'] = 'implement'): ExerciseSummary => ({
  id,
  title: id.toUpperCase(),
  language: 'go',
  type,
  difficulty: 'medium',
  minutes,
  competencies: competencies.map((c) => ({ id: c, text: `text of ${c}`, role })),
});

describe('building an assessment', () => {
  const lib = [ex('go-a', 25, ['sbd-1', 'sbd-2']), ex('go-b', 30, ['sbd-2']), ex('rb-c', 20, ['dev-1'], 'dev', 'review')];
  it('keeps the pick order, sums minutes and maps requirements to the picked exercises', () => {
    const picked = toggle(toggle(toggle([], 'go-b'), 'go-a'), 'rb-c');
    expect(picked).toEqual(['go-b', 'go-a', 'rb-c']);
    expect(toggle(picked, 'go-a')).toEqual(['go-b', 'rb-c']);
    expect(totalMinutes(lib, picked)).toBe(75);
    expect(selectionCoverage(lib, ['go-a', 'go-b'])).toEqual([
      { id: 'sbd-1', text: 'text of sbd-1', by: ['go-a'] },
      { id: 'sbd-2', text: 'text of sbd-2', by: ['go-a', 'go-b'] },
    ]);
  });
  it('says what is missing before a pack can be exported', () => {
    expect(formProblem({ title: '', candidateName: ' ', minutes: '60' }, 2)).toMatch(/name/);
    expect(formProblem({ title: '', candidateName: 'Ada', minutes: '0.5' }, 2)).toMatch(/whole number/);
    expect(formProblem({ title: '', candidateName: 'Ada', minutes: '60' }, 0)).toMatch(/at least one/);
    expect(formProblem({ title: '', candidateName: 'Ada', minutes: '60' }, 1)).toBeNull();
  });
  it('groups the library by role, then type', () => {
    const sections = byRoleAndType({ exercises: lib, roles: [{ id: 'sbd', title: 'Senior Backend', language: 'go' }, { id: 'dev', title: 'Developer', language: 'ruby' }] });
    expect(sections.map((s) => [s.title, s.types.map((t) => [t.type, t.exercises.map((e) => e.id)])])).toEqual([
      ['Senior Backend', [['implement', ['go-a', 'go-b']]]],
      ['Developer', [['review', ['rb-c']]]],
    ]);
  });
});

describe('timeline', () => {
  it('describes events with offsets from the start and marks notable ones', () => {
    expect(offset(65_000, 0)).toBe('+01:05');
    expect(offset(3_725_000, 0)).toBe('+1:02:05');
    const paste = describeEvent({ type: 'paste', t: 1, exerciseId: 'rb-c', file: 'x.rb', chars: 420, lines: 12 });
    expect(paste).toMatchObject({ text: 'Pasted 420 characters (12 lines) into x.rb', notable: true, exerciseId: 'rb-c' });
    expect(describeEvent({ type: 'app_closed', t: 5, from: 0, durationMs: 90_000 }).notable).toBe(true);
    expect(describeEvent({ type: 'run', t: 2, exerciseId: 'go-a', verdict: 'compile_error', passed: 0, failed: 0, total: 0, summary: '', durationMs: 1 }).text).toContain('compile error');
  });
  it('keeps session-wide events when filtering by exercise', () => {
    const items = timelineItems(
      [
        { type: 'session_started', t: 0, deadline: 1 },
        { type: 'paste', t: 1, exerciseId: 'go-a', file: 'a.go', chars: 3, lines: 1 },
        { type: 'paste', t: 2, exerciseId: 'rb-c', file: 'c.rb', chars: 3, lines: 1 },
        { type: 'submitted', t: 3, reason: 'expired' },
      ],
      { 'go-a': 'Go A' },
      'go-a',
    );
    expect(items.map((i) => i.text)).toEqual(['Started the assessment', 'Pasted 3 characters (1 line) into a.go', 'Time ran out: submitted automatically']);
  });
});
