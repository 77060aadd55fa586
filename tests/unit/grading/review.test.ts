import { describe, expect, it } from 'vitest';
import { gradeReview, parseReview, reviewVisible } from '../../../core/node/grading/review.ts';

const diff = Array.from({ length: 30 }, (_, i) => `+line ${i + 1}`).join('\n');
const defects = [
  { id: 'sql-injection', lines: [10, 12], category: 'security', weight: 2, description: 'string-built SQL' },
  { id: 'n-plus-one', lines: [20, 20], category: 'performance', description: 'query per row' },
];
const files = (comments: unknown) => ({ 'changes.diff': diff, 'review.json': typeof comments === 'string' ? comments : JSON.stringify(comments) });

describe('parseReview', () => {
  it('puts a marker at the position of a JSON syntax error', () => {
    const { markers } = parseReview('[\n  {"line": 3, "body": "x",}\n]', 30);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ file: 'review.json', line: 2, severity: 'error' });
  });

  it('rejects the wrong shape and lines beyond the diff', () => {
    expect(parseReview('{"line": 1}', 30).markers[0]!.message).toMatch(/expected \[/);
    expect(parseReview('[{"line": 31, "body": "a long enough comment"}]', 30).markers[0]!.message).toMatch(/changes.diff has 30 lines/);
  });
});

describe('gradeReview', () => {
  it('counts a defect as found by a comment of 15+ characters on one of its lines', () => {
    const o = gradeReview(files([{ line: 11, body: 'This concatenates user input into SQL' }, { line: 20, body: 'too short' }]), defects);
    expect(o.tests.map((t) => [t.name, t.status, t.weight])).toEqual([
      ['defect:sql-injection', 'pass', 2],
      ['defect:n-plus-one', 'fail', 1],
    ]);
    expect(o.verdict).toBe('failed');
    expect(o.summary).toBe('1 of 2 seeded defects found');
  });

  it('passes when every defect is found', () => {
    const o = gradeReview(files([{ line: 12, body: 'SQL injection via interpolation' }, { line: 20, body: 'N+1: one query per row here' }]), defects);
    expect(o.verdict).toBe('passed');
  });

  it('is a compile error for an invalid review.json, in the Run button too', () => {
    expect(gradeReview(files('[{'), defects).verdict).toBe('compile_error');
    expect(reviewVisible(files('[{'))).toMatchObject({ verdict: 'compile_error' });
    expect(reviewVisible(files([{ line: 1, body: 'hello there reviewer' }])).summary).toBe('1 comments on 1 lines of changes.diff');
  });
});

describe('review precision', () => {
  const keyed = [
    { id: 'leak', lines: [10, 12], alsoLines: [[3, 3]], category: 'bug', weight: 3, keywords: 'leak|block', description: 'goroutine leak' },
    { id: 'race', lines: [20, 20], category: 'bug', weight: 1, keywords: 'race|mutex', description: 'data race' },
    { id: 'nit', lines: [25, 25], category: 'readability', remark: true, description: 'a fair remark' },
  ];
  it('finds a defect on its other lines (the root cause) when the comment says what is wrong', () => {
    const o = gradeReview(files([{ line: 3, body: 'unbuffered channel: senders block forever' }]), keyed);
    expect(o.tests.find((t) => t.name === 'defect:leak')!.status).toBe('pass');
    expect(o.reviewScore).toBe(75);
  });
  it('does not count a comment on the right line that names no symptom of the defect', () => {
    const o = gradeReview(files([{ line: 20, body: 'please look at this line again' }]), keyed);
    expect(o.tests.find((t) => t.name === 'defect:race')!.status).toBe('fail');
    expect(o.reviewScore).toBe(0);
  });
  it('charges every unmatched comment and shows it; remarks cost nothing', () => {
    const o = gradeReview(files([
      { line: 11, body: 'this will leak goroutines' }, { line: 20, body: 'data race on the map' },
      { line: 25, body: 'fair remark about naming' }, { line: 1, body: 'unrelated nit on the header' },
    ]), keyed);
    expect(o.reviewScore).toBe(96);
    expect(o.tests.filter((t) => t.name.startsWith('unmatched:')).map((t) => t.name)).toEqual(['unmatched:line-1']);
    expect(o.tests.find((t) => t.name === 'remark:nit')).toMatchObject({ status: 'pass', weight: 0 });
    expect(o.summary).toBe('2 of 2 seeded defects found; 1 comments match no seeded defect (-4 points)');
  });
  it('treats a third comment on the same defect and a keyword-stuffed comment as noise', () => {
    const dup = Array.from({ length: 3 }, () => ({ line: 20, body: 'data race on the map' }));
    expect(gradeReview(files(dup), keyed).reviewScore).toBe(25 - 4);
    const stuffedDefects = [...keyed, { id: 'sql', lines: [5, 5], category: 'security', keywords: 'sql', description: 'sqli' }];
    const o = gradeReview(files([{ line: 20, body: 'race, leak or sql here?' }]), stuffedDefects);
    expect(o.tests.find((t) => t.name === 'defect:race')!.status).toBe('fail');
  });
});

describe('review findings on the scorecard', () => {
  it('lists the comments that match no defect in a noise row, cut when huge', async () => {
    const { reviewFindings } = await import('../../../core/node/scorecard/review.ts');
    const ex = { meta: { type: 'review' }, defects, starter: { 'changes.diff': diff } } as unknown as Parameters<typeof reviewFindings>[0];
    const huge = 'x'.repeat(50_000);
    const rows = reviewFindings(ex, { 'review.json': JSON.stringify([{ line: 11, body: 'SQL built from user input' }, { line: 2, body: huge }]) })!;
    expect(rows.map((r) => [r.defectId, r.found, r.unmatched ?? false])).toEqual([
      ['sql-injection', true, false],
      ['n-plus-one', false, false],
      ['unmatched-comments', false, true],
    ]);
    expect(rows[2]!.comments[0]!.line).toBe(2);
    expect(rows[2]!.comments[0]!.body.length).toBeLessThan(2200);
  });
});
