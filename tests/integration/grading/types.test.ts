// write-tests and review exercises, built in memory (the seed library has neither yet).
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { memoryExercise } from '../runner/helpers.ts';

const STACK = `class Stack
  def initialize = @items = []
  def push(x) = @items.push(x) && self
  def pop = @items.empty? ? raise(IndexError, 'empty') : @items.pop
  def size = @items.size
end
`;
const test = (body: string) => `require 'minitest/autorun'\nrequire_relative 'stack'\n\nclass StackTest < Minitest::Test\n${body}end\n`;
const FULL = test(`  def test_lifo
    s = Stack.new.push(1).push(2)
    assert_equal 2, s.pop
    assert_equal 1, s.size
  end

  def test_empty_pop_raises
    assert_raises(IndexError) { Stack.new.pop }
  end
`);

const writeTests = memoryExercise({
  meta: { id: 'ruby-stack-tests', language: 'ruby', type: 'write-tests', editable: ['stack_test.rb'] },
  starter: { 'stack.rb': STACK, 'stack_test.rb': test('  def test_todo\n    skip\n  end\n') },
  reference: { 'stack_test.rb': FULL },
  mutants: [
    { name: 'fifo', files: { 'stack.rb': STACK.replace('@items.pop', '@items.shift') } },
    { name: 'size-off-by-one', files: { 'stack.rb': STACK.replace('@items.size', '@items.size + 1') } },
    { name: 'empty-pop-nil', files: { 'stack.rb': STACK.replace("raise(IndexError, 'empty')", 'nil') } },
  ],
});

describe('write-tests exercises', () => {
  it('scores a suite that catches every mutant 100, one row per mutant', async () => {
    const g = await gradeSubmission(writeTests, { 'stack_test.rb': FULL });
    expect(g).toMatchObject({ verdict: 'passed', score: 100, correctness: 100, performance: null });
    expect(g.tests.filter((t) => t.hidden).map((t) => [t.name, t.status])).toEqual([
      ['mutant:fifo', 'pass'],
      ['mutant:size-off-by-one', 'pass'],
      ['mutant:empty-pop-nil', 'pass'],
    ]);
    expect(g.tests.filter((t) => !t.hidden).every((t) => t.status === 'pass')).toBe(true);
  });

  it('gives credit per caught mutant', async () => {
    const weak = test('  def test_lifo\n    assert_equal 2, Stack.new.push(1).push(2).pop\n  end\n');
    const g = await gradeSubmission(writeTests, { 'stack_test.rb': weak });
    expect(g.verdict).toBe('failed');
    expect(g.score).toBe(33);
    expect(g.tests.find((t) => t.name === 'mutant:fifo')!.status).toBe('pass');
  });

  it('scores 0 when the tests fail against the correct code', async () => {
    const wrong = test('  def test_wrong\n    assert_equal 3, Stack.new.push(1).size\n  end\n');
    const g = await gradeSubmission(writeTests, { 'stack_test.rb': wrong });
    expect(g).toMatchObject({ verdict: 'failed', score: 0 });
    expect(g.tests.filter((t) => t.hidden).every((t) => t.status === 'skip')).toBe(true);
  });

  it('runs the candidate tests on the Run button', async () => {
    const r = await runVisible(writeTests, { 'stack_test.rb': FULL }, { runId: 'write-tests-run-1' });
    expect(r.verdict).toBe('passed');
    expect(r.tests.map((t) => t.name).sort()).toEqual(['StackTest#test_empty_pop_raises', 'StackTest#test_lifo']);
  });
});

const MAX = 'package calc\n\n// Max returns the larger of a and b.\nfunc Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n';
const goTest = (body: string) => `package calc\n\nimport "testing"\n\n${body}\n`;
const goWriteTests = memoryExercise({
  meta: { id: 'go-max-tests', language: 'go', type: 'write-tests', editable: ['calc_test.go'] },
  starter: { 'go.mod': 'module assay.local/calc\n\ngo 1.19\n', 'calc.go': MAX, 'calc_test.go': goTest('') },
  mutants: [
    { name: 'always-a', files: { 'calc.go': MAX.replace('return b', 'return a') } },
    { name: 'min', files: { 'calc.go': MAX.replace('a > b', 'a < b') } },
  ],
});

describe('write-tests exercises in Go', () => {
  it('catches mutants with the candidate tests compiled into the package', async () => {
    const both = goTest('func TestMax(t *testing.T) {\n\tif Max(1, 2) != 2 || Max(3, 2) != 3 {\n\t\tt.Fatal("wrong")\n\t}\n}');
    const g = await gradeSubmission(goWriteTests, { 'calc_test.go': both });
    expect(g).toMatchObject({ verdict: 'passed', score: 100 });
    const half = goTest('func TestMax(t *testing.T) {\n\tif Max(3, 2) != 3 {\n\t\tt.Fatal("wrong")\n\t}\n}');
    const h = await gradeSubmission(goWriteTests, { 'calc_test.go': half });
    expect(h.tests.filter((t) => t.hidden).map((t) => [t.name, t.status])).toEqual([
      ['mutant:always-a', 'fail'],
      ['mutant:min', 'pass'],
    ]);
    expect(h.score).toBe(50);
  });
});

const diff = Array.from({ length: 40 }, (_, i) => `+ line ${i + 1}`).join('\n');
const review = memoryExercise({
  meta: { id: 'go-review-demo', language: 'go', type: 'review', editable: ['review.json'] },
  starter: { 'changes.diff': diff, 'review.json': '[]' },
  reference: { 'review.json': JSON.stringify([{ line: 12, body: 'SQL built by string concatenation' }, { line: 30, body: 'one query per row: N+1' }]) },
  defects: [
    { id: 'sqli', lines: [11, 13], category: 'security', weight: 2, description: 'SQL injection' },
    { id: 'n1', lines: [30, 31], category: 'performance', description: 'N+1 query' },
  ],
});

describe('review exercises', () => {
  it('scores found defects by weight without running anything', async () => {
    const all = await gradeSubmission(review, review.reference);
    expect(all).toMatchObject({ verdict: 'passed', score: 100 });
    const one = await gradeSubmission(review, { 'review.json': JSON.stringify([{ line: 13, body: 'this interpolates user input into SQL' }]) });
    expect(one).toMatchObject({ verdict: 'failed', score: 67 });
    expect(one.tests.map((t) => [t.name, t.status])).toEqual([
      ['defect:sqli', 'pass'],
      ['defect:n1', 'fail'],
    ]);
  });

  it('marks an invalid review.json on Run and in grading', async () => {
    const r = await runVisible(review, { 'review.json': '[{"line": 3,' }, { runId: 'review-run-1' });
    expect(r.verdict).toBe('compile_error');
    expect(r.markers[0]).toMatchObject({ file: 'review.json' });
    expect((await gradeSubmission(review, { 'review.json': 'nope' })).score).toBe(0);
  });
});
