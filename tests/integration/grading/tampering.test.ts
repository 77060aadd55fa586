// Tampering attempts that must never be graded as passed: forged framework output, early exits, stolen
// nonces, patched test frameworks, forged result frames.
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { editable, goEx, reference, rubyEx, withEditable } from '../runner/helpers.ts';

const go = goEx();
const ruby = rubyEx();
const goRef = reference(go)[editable(go)]!;
const goStarter = go.starter[editable(go)]!;
const rubyRef = reference(ruby)[editable(ruby)]!;
const rubyStarter = ruby.starter[editable(ruby)]!;

/** Adds imports and an init() to a Go source whose import block starts with `import (`. */
function goWithInit(source: string, imports: string[], body: string): string {
  const withImports = source.replace('import (', `import (\n${imports.map((i) => `\t"${i}"`).join('\n')}`);
  const hasBlock = withImports !== source;
  const base = hasBlock ? withImports : source.replace(/^package (\w+)/m, `package $1\n\nimport (\n${imports.map((i) => `\t"${i}"`).join('\n')}\n)`);
  return `${base}\nfunc init() {\n${body}\n}\n`;
}

describe('Go tampering', () => {
  it('forged PASS lines + os.Exit(0) from init() is tampered with score 0', async () => {
    const forged = ['TestSingleSection', 'TestNestedSections', 'TestMismatchedEndIsAnError'].map((t) => `=== RUN   ${t}\\n--- PASS: ${t} (0.00s)\\n`).join('') + 'PASS\\n';
    const src = goWithInit(goStarter, ['fmt', 'os'], `\tfmt.Print("${forged}")\n\tos.Exit(0)`);
    const g = await gradeSubmission(go, withEditable(go, src));
    expect(g.verdict).toBe('tampered');
    expect(g.score).toBe(0);
    expect(g.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['go-init', 'go-os-exit', 'forged-output']));
  });

  it('a correct solution whose init() steals stdin (the nonce) is tampered', async () => {
    const src = goWithInit(goRef, ['io', 'os'], '\tio.ReadAll(os.Stdin)');
    const g = await gradeSubmission(go, withEditable(go, src));
    expect(g.verdict).toBe('tampered');
    expect(g.score).toBe(0);
  });

  it('os.Exit(0) inside the solution is never passed', async () => {
    const src = goWithInit(goStarter.replace('return nil, nil', 'os.Exit(0)\n\treturn nil, nil'), ['os'], '');
    const g = await gradeSubmission(go, withEditable(go, src));
    expect(g.verdict).not.toBe('passed');
    expect(g.score).toBe(0);
  });
});

describe('Ruby tampering', () => {
  it('a fake summary followed by at_exit { exit!(0) } is not passed', async () => {
    const src = `${rubyStarter}\nputs "3 runs, 3 assertions, 0 failures, 0 errors, 0 skips"\nat_exit { exit!(0) }\n`;
    const g = await gradeSubmission(ruby, withEditable(ruby, src));
    expect(g.verdict).not.toBe('passed');
    expect(g.verdict).toBe('tampered');
    expect(g.score).toBe(0);
  });

  it('patching Minitest::Assertions is not passed and is flagged', async () => {
    const src = `${rubyStarter}\nmodule Minitest\n  module Assertions\n    def assert_equal(*) = true\n  end\nend\n`;
    const g = await gradeSubmission(ruby, withEditable(ruby, src));
    expect(g.verdict).not.toBe('passed');
    expect(g.score).toBeLessThan(50);
    expect(g.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['rb-minitest', 'no-assertions']));
  });

  it('printing result frames with a guessed nonce is tampered', async () => {
    const fake = `@@assay:${'0'.repeat(32)}:{"t":"end","count":${ruby.cases.length}}`;
    const src = `${rubyRef}\nputs '${fake}'\n`;
    const g = await gradeSubmission(ruby, withEditable(ruby, src));
    expect(g.verdict).toBe('tampered');
    expect(g.score).toBe(0);
  });

  it('exit! from inside the solution during hidden cases is tampered, exit is a case error', async () => {
    const hard = rubyRef.replace(/def self\.extract\(text\)\n/, "def self.extract(text)\n    exit!(0) if text.include?('#')\n");
    expect(hard).not.toBe(rubyRef);
    const g = await gradeSubmission(ruby, withEditable(ruby, hard));
    expect(g.verdict).toBe('tampered');
    const soft = rubyRef.replace(/def self\.extract\(text\)\n/, "def self.extract(text)\n    exit(0) if text.include?('#')\n");
    const g2 = await gradeSubmission(ruby, withEditable(ruby, soft));
    expect(g2.verdict).not.toBe('passed');
    expect(g2.tests.some((t) => t.hidden && t.status === 'error' && t.message.includes('SystemExit'))).toBe(true);
  });
});
