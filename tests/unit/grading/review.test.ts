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
