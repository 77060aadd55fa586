import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scorecard, SubmissionBundle } from '../../../core/common/assessment.ts';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { buildScorecard, type ScorecardInput } from '../../../core/node/scorecard/build.ts';
import { libraryFor } from '../../../core/node/scorecard/score-bundles.ts';
import { rubricFor } from '../../../core/node/scorecard/rubric.ts';
import { renderHtml } from '../../../core/node/scorecard/html.ts';
import { renderMarkdown } from '../../../core/node/scorecard/markdown.ts';
import { renderCsv, csvCell } from '../../../core/node/scorecard/csv.ts';
import { loadRequirements } from '../../../core/node/library/requirements.ts';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { compareSubmissions } from '../../../core/node/similarity/compare.ts';
import { similarityInputs } from '../../../core/node/similarity/from-bundles.ts';
import { addReviewExercise, cleanup, gradeReport, makeBundle, makeLibrary } from './helpers.ts';

afterAll(cleanup);

let lib: string;
let bundle: SubmissionBundle;
let input: ScorecardInput;
beforeAll(async () => {
  lib = makeLibrary();
  addReviewExercise(lib);
  const made = await makeBundle(lib, {
    ids: ['go-log-sections', 'go-review-retry'],
    edits: {
      'go-log-sections': 'package logsections\n\nfunc Parse() {}\n',
      'go-review-retry': JSON.stringify([{ line: 7, body: 'loop bound is off by one, runs max+1 times' }, { line: 13, body: 'nit' }]),
    },
  });
  bundle = readBundle(made.path).bundle;
  const library = libraryFor(lib, ['go-log-sections', 'go-review-retry']);
  input = {
    bundle,
    library,
    grades: {
      'go-log-sections': gradeReport('go-log-sections', 6, 8, 75),
      'go-review-retry': await gradeSubmission(library.get('go-review-retry')!, bundle.code['go-review-retry']!),
    },
    requirements: loadRequirements(lib),
    now: new Date('2025-01-06T12:00:00Z'),
  };
});

describe('buildScorecard', () => {
  it('summarizes exercises, weights the overall score by minutes and maps competencies', () => {
    const card = buildScorecard(input);
    expect(card.schema).toBe('assay.scorecard/1');
    const [go, review] = card.exercises;
    expect(go).toMatchObject({ verdict: 'failed', score: 75, hidden: { passed: 6, total: 8 }, visible: { passed: 0, total: 0 }, lastRun: { verdict: 'failed', passed: 1, total: 2 }, libraryMatches: true, runs: 1, pastes: 1 });
    expect(go!.diff.added).toBeGreaterThan(0);
    expect(review).toMatchObject({ verdict: 'failed', score: 33, hidden: { passed: 1, total: 2 } });
    expect(card.overall.score).toBe(Math.round((75 * 25 + 33 * 15) / 40));
    expect(card.competencies.map((c) => c.id)).toEqual(
      expect.arrayContaining(['sbd-req-go-production', 'sbd-resp-features', 'sbd-resp-review', 'sbd-req-writing']),
    );
    expect(card.competencies.find((c) => c.id === 'sbd-resp-review')).toMatchObject({ score: 33, assessedBy: [{ exerciseId: 'go-review-retry', score: 33 }] });
    expect(card.rubric.rows.map((r) => r.competencyId)).toEqual(card.competencies.map((c) => c.id));
    expect(card.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['session_started', 'run', 'paste', 'submitted']));
    expect(card.timeline.every((e, i) => i === 0 || e.t >= card.timeline[i - 1]!.t)).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('puts the candidate comments next to each seeded defect', () => {
    const review = buildScorecard(input).exercises[1]!.review!;
    expect(review).toEqual([
      expect.objectContaining({ defectId: 'off-by-one', found: true, comments: [{ line: 7, body: 'loop bound is off by one, runs max+1 times' }] }),
      expect.objectContaining({ defectId: 'swallowed-error', found: false, comments: [{ line: 13, body: 'nit' }] }),
    ]);
  });

  it('keeps saved rubric ratings and drops rows of other competencies', () => {
    const saved = rubricFor([{ id: 'sbd-resp-review', text: 'x' }, { id: 'gone', text: 'y' }]);
    saved.rows[0]!.rating = 'strong_yes';
    saved.rows[1]!.rating = 'no';
    saved.recommendation = 'yes';
    const card = buildScorecard({ ...input, rubric: saved });
    expect(card.rubric.rows.find((r) => r.competencyId === 'sbd-resp-review')!.rating).toBe('strong_yes');
    expect(card.rubric.rows.some((r) => r.competencyId === 'gone')).toBe(false);
    expect(card.rubric.recommendation).toBe('yes');
  });

  it('flags exercises that changed in the library or are missing, and similar submissions', () => {
    const changedLib = makeLibrary();
    appendFileSync(join(changedLib, 'go/log-sections/hidden/cases.json'), ' ');
    const card = buildScorecard({ ...input, library: libraryFor(changedLib, ['go-log-sections']) });
    expect(card.exercises[0]!.flags.map((f) => f.code)).toContain('exercise_changed');
    expect(card.exercises[1]).toMatchObject({ verdict: 'not_graded', score: null, flags: [expect.objectContaining({ code: 'exercise_missing' })] });
    const pairs = compareSubmissions(similarityInputs([bundle, { ...bundle, digest: 'f'.repeat(64) }]));
    expect(buildScorecard({ ...input, similarity: pairs }).flags.map((f) => f.code)).toContain('similar_submission');
  });
});

describe('scorecard renderers', () => {
  let card: Scorecard;
  beforeAll(() => {
    card = buildScorecard(input);
    card.candidate = 'Eve </style><script>alert(1)</script> | *x*';
    card.rubric.notes = 'pipes | and\nnew lines';
  });

  it('HTML is self-contained and escapes everything', () => {
    const html = renderHtml(card);
    expect(html).not.toMatch(/<script|<link|\bsrc=|https?:\/\/|@import|url\(/i);
    expect(html).toContain('Eve &lt;/style&gt;&lt;script&gt;');
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    for (const heading of ['Exercises', 'Competency matrix', 'Rubric', 'Code review findings', 'Things to look at', 'Session']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
  });

  it('Markdown keeps table cells intact', () => {
    const md = renderMarkdown(card);
    expect(md).toContain('# Scorecard: Eve &lt;/style&gt;&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*x\\*');
    expect(md).toContain('pipes \\| and<br>new lines');
    const exerciseRows = md.split('## Exercises')[1]!.split('##')[0]!.trim().split('\n');
    expect(exerciseRows).toHaveLength(2 + card.exercises.length);
    for (const row of exerciseRows) expect(row.split(/(?<!\\)\|/).length).toBe(11);
  });

  it('CSV quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    for (const f of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"/, '').startsWith(`'${f[0]}`)).toBe(true);
    expect(csvCell(-5)).toBe('-5');
    const evil = { ...card, candidate: '=cmd|" /C calc"!A0' };
    const csv = renderCsv([card, evil]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^candidate,assessment,role,/);
    expect(lines[0]).toContain('go-log-sections_score,go-log-sections_verdict');
    expect(lines[2]).toMatch(/^"'=cmd\|"" \/C calc""!A0",/);
  });
});
