// Review spam: a review.json that comments everywhere (every line, every n-th line from every offset, every hunk
// header), duplicates a right comment many times, or pastes huge comments must not buy a good score. The two
// real review exercises are graded through gradeSubmission, exactly as the app does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../core/node/grading/grade.ts';
import { loadExercise, type LoadedExercise } from '../../core/node/library/load.ts';

const EXERCISES = join(import.meta.dirname, '../../exercises');
const reviews = ['go/runner-upload-review', 'ruby/review-issues-export'].map((p) => loadExercise(join(EXERCISES, p)));
/** A generic remark, and one stuffed with the words of every kind of problem. */
const BODIES = [
  'This line looks wrong to me, please check it again carefully.',
  'Possible race / leak / deadlock, SQL or shell injection, N+1 queries, ignored errors, O(n^2) scan, unclear name, missing authorization, permit! mass assignment, failures ignored, nested ternary.',
];

const diffLines = (ex: LoadedExercise) => ex.starter['changes.diff']!.replace(/\n$/, '').split('\n');
const grade = (ex: LoadedExercise, comments: { line: number; body: string }[]) =>
  gradeSubmission(ex, { 'review.json': JSON.stringify(comments) });
const reference = (ex: LoadedExercise) => JSON.parse(ex.reference['review.json']!) as { line: number; body: string }[];

describe.each(reviews.flatMap((ex) => BODIES.map((BODY, i) => ({ ex, BODY, body: ['generic', 'stuffed'][i] }))))('review spam on $ex.meta.id ($body comments)', ({ ex, BODY }) => {
  const n = diffLines(ex).length;

  it('the reference review scores 100', async () => {
    expect((await grade(ex, reference(ex))).score).toBe(100);
  });

  it('a comment on every line scores at most 20', async () => {
    const r = await grade(ex, Array.from({ length: n }, (_, i) => ({ line: i + 1, body: BODY })));
    expect(r.score).toBeLessThanOrEqual(20);
    expect(r.tests.filter((t) => t.name.startsWith('unmatched:')).length).toBeGreaterThan(n / 2);
  });

  it('a comment on every n-th line, from every offset, scores at most 20', async () => {
    let worst = { score: -1, step: 0, offset: 0 };
    for (let step = 2; step <= 40; step++) {
      for (let offset = 0; offset < step; offset++) {
        const comments = [];
        for (let line = offset + 1; line <= n; line += step) comments.push({ line, body: BODY });
        const { score } = await grade(ex, comments);
        if (score > worst.score) worst = { score, step, offset };
      }
    }
    expect(worst.score, `every ${worst.step}th line from ${worst.offset}`).toBeLessThanOrEqual(20);
  });

  it('a comment on every hunk header and file header scores at most 20', async () => {
    const lines = diffLines(ex).flatMap((l, i) => (/^(@@|diff --git|\+\+\+|---|index )/.test(l) ? [i + 1] : []));
    expect((await grade(ex, lines.map((line) => ({ line, body: BODY })))).score).toBeLessThanOrEqual(20);
  });

  it('the reference plus each of its comments repeated 20 times loses the duplicates', async () => {
    const ref = reference(ex);
    const r = await grade(ex, ref.flatMap((c) => Array.from({ length: 20 }, () => c)));
    expect(r.score).toBeLessThanOrEqual(20);
    expect(r.summary).toMatch(/match no seeded defect/);
  });

  it('huge comments on every line score at most 20 and are cut in the grading messages', async () => {
    const huge = `${BODY} `.repeat(2000);
    const r = await grade(ex, Array.from({ length: n }, (_, i) => ({ line: i + 1, body: huge })));
    expect(r.score).toBeLessThanOrEqual(20);
    expect(Math.max(...r.tests.map((t) => t.message.length))).toBeLessThan(1000);
  });

  it('a comment on exactly each defect line that names no problem scores 0', async () => {
    const defects = ex.defects as { lines: [number, number] }[];
    const comments = defects.map((d) => ({ line: d.lines[0], body: 'Please take another look at this line.' }));
    expect((await grade(ex, comments)).score).toBe(0);
  });

  it('half of the defects, no noise, scores about half', async () => {
    const ref = reference(ex);
    const defects = (ex.defects as { id: string; weight: number; remark?: boolean; lines: [number, number] }[]).filter((d) => !d.remark);
    const kept = ref.filter((c) => defects.slice(0, defects.length / 2).some((d) => c.line >= d.lines[0] && c.line <= d.lines[1]));
    const r = await grade(ex, kept);
    const total = defects.reduce((s, d) => s + d.weight, 0);
    const half = defects.slice(0, defects.length / 2).reduce((s, d) => s + d.weight, 0);
    expect(r.score).toBe(Math.round((half / total) * 100));
    expect(r.score).toBeGreaterThanOrEqual(35);
    expect(r.score).toBeLessThanOrEqual(65);
  });
});
