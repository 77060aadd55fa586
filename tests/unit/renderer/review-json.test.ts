// review.json as the comment gutter reads and writes it, checked against the real review exercises and the
// grader's own parser (core/node/grading/review.ts): what the editor writes is what the grader reads, and
// nothing a candidate typed is dropped when the file is broken.
import { describe, expect, it } from 'vitest';
import { loadExercise } from '../../../core/node/library/load.ts';
import { gradeReview, parseReview, reviewVisible } from '../../../core/node/grading/review.ts';
import { diffLineCount, parseReviewText, RECOVERED_PREFIX, serializeReview } from '../../../renderer/src/review/review-json.ts';

const exercises = ['exercises/ruby/review-issues-export', 'exercises/go/runner-upload-review'].map((d) => loadExercise(d));

describe('review.json of the real review exercises', () => {
  for (const ex of exercises) {
    const diff = ex.starter['changes.diff']!;
    const lines = diffLineCount(diff);

    it(`${ex.meta.id}: counts diff lines as the grader does`, () => {
      expect(parseReview('[{"line": 1, "body": "x"}]', lines).markers).toEqual([]);
      const beyond = JSON.stringify([{ line: lines + 1, body: 'x' }]);
      expect(parseReview(beyond, lines).markers[0]!.message).toContain(`has ${lines} lines`);
    });

    it(`${ex.meta.id}: the starter and every shipped review read cleanly and keep their grade when rewritten`, () => {
      expect(parseReviewText(ex.starter['review.json']!, lines)).toEqual({ comments: [], problem: null });
      const reviews = [ex.reference['review.json']!, ...ex.mutants.map((m) => m.files['review.json']!)];
      for (const text of reviews) {
        const parsed = parseReviewText(text, lines);
        expect(parsed.problem).toBeNull();
        expect(parsed.comments.length).toBe((JSON.parse(text) as unknown[]).length);
        const rewritten = serializeReview(parsed.comments);
        const before = gradeReview({ ...ex.starter, 'review.json': text }, ex.defects);
        const after = gradeReview({ ...ex.starter, 'review.json': rewritten }, ex.defects);
        expect(after.tests.map((t) => t.status)).toEqual(before.tests.map((t) => t.status));
        expect(parseReviewText(rewritten, lines)).toEqual(parsed);
      }
    });
  }
});

describe('serializeReview', () => {
  it('writes the grader format, sorted by line, comments on one line in their order', () => {
    const text = serializeReview([
      { line: 9, body: 'second on nine' },
      { line: 2, body: 'on two' },
      { line: 9, body: 'third on nine' },
    ]);
    expect(JSON.parse(text)).toEqual([
      { line: 2, body: 'on two' },
      { line: 9, body: 'second on nine' },
      { line: 9, body: 'third on nine' },
    ]);
    expect(text.endsWith('\n')).toBe(true);
    expect(serializeReview([])).toBe('[]\n');
  });

  it('passes the Run button check', () => {
    const diff = Array.from({ length: 20 }, (_, i) => `+line ${i}`).join('\n');
    const text = serializeReview([{ line: 20, body: 'quotes " and \\ and\nnewlines survive' }]);
    expect(reviewVisible({ 'changes.diff': diff, 'review.json': text })).toMatchObject({ verdict: 'passed' });
    expect(parseReviewText(text, 20).comments[0]!.body).toBe('quotes " and \\ and\nnewlines survive');
  });
});

describe('parseReviewText is tolerant and loses nothing', () => {
  it('reads an empty or blank file as no comments', () => {
    expect(parseReviewText('', 10)).toEqual({ comments: [], problem: null });
    expect(parseReviewText('  \n', 10)).toEqual({ comments: [], problem: null });
  });

  it('accepts a single object, numeric strings as lines, and non-string bodies as JSON text', () => {
    expect(parseReviewText('{"line": 3, "body": "alone"}', 10).comments).toEqual([{ line: 3, body: 'alone' }]);
    expect(parseReviewText('[{"line": "4", "body": "quoted line"}]', 10).comments).toEqual([{ line: 4, body: 'quoted line' }]);
    expect(parseReviewText('[{"line": 5, "body": ["a", 1]}]', 10).comments).toEqual([{ line: 5, body: '["a",1]' }]);
  });

  it('keeps entries that name no valid line in a comment on line 1, and says so', () => {
    const text = JSON.stringify([{ line: 2, body: 'fine' }, { line: 99, body: 'beyond the diff' }, { body: 'no line' }, 'just text']);
    const { comments, problem } = parseReviewText(text, 10);
    expect(comments[0]!.line).toBe(1);
    expect(comments[0]!.body.startsWith(RECOVERED_PREFIX)).toBe(true);
    for (const kept of ['beyond the diff', 'no line', 'just text']) expect(comments[0]!.body).toContain(kept);
    expect(comments[1]).toEqual({ line: 2, body: 'fine' });
    expect(problem).toMatch(/3 entries .* kept in a comment on line 1/);
  });

  it('salvages the readable comments of broken JSON and keeps the rest verbatim', () => {
    const text = '[\n  {"line": 7, "body": "closed properly"},\n  {"line": 8, "body": "never closed\n';
    const { comments, problem } = parseReviewText(text, 10);
    expect(comments).toEqual([
      { line: 1, body: `${RECOVERED_PREFIX}\n{"line": 8, "body": "never closed` },
      { line: 7, body: 'closed properly' },
    ]);
    expect(problem).toMatch(/not valid JSON.*kept in a comment on line 1/);
  });

  it('drops only JSON punctuation when every comment could be salvaged', () => {
    const { comments, problem } = parseReviewText('[{"line": 2, "body": "a"}, {"line": 3, "body": "b"},]', 10);
    expect(comments).toEqual([
      { line: 2, body: 'a' },
      { line: 3, body: 'b' },
    ]);
    expect(problem).toMatch(/not valid JSON/);
  });

  it('keeps free text typed into review.json', () => {
    const text = 'line 12: the query is built from user input';
    const { comments } = parseReviewText(text, 10);
    expect(comments).toEqual([{ line: 1, body: `${RECOVERED_PREFIX}\n${text}` }]);
    // Rewriting produces valid review.json that still carries the text.
    const rewritten = serializeReview(comments);
    expect(parseReview(rewritten, 10).markers).toEqual([]);
    expect(rewritten).toContain('the query is built from user input');
  });
});
