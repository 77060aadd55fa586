// The `assay` CLI, spawned for real: node bin/assay.js <command> ...
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GO_DIR, RUBY_DIR, editable, goEx, reference, rubyEx } from '../runner/helpers.ts';

const BIN = join(import.meta.dirname, '../../../bin/assay.js');

function assay(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 110_000, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function solutionDir(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-cli-test-'));
  made.push(dir);
  writeFileSync(join(dir, file), content);
  return dir;
}

const ruby = rubyEx();
const go = goEx();

describe('assay grade --json', () => {
  it('prints exactly one JSON object in the documented shape and exits 0', async () => {
    const dir = solutionDir(editable(ruby), reference(ruby)[editable(ruby)]!);
    const r = await assay(['grade', RUBY_DIR, dir, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const g = JSON.parse(lines[0]!);
    expect(Object.keys(g)).toEqual(['schema', 'exercise', 'verdict', 'score', 'correctness', 'performance', 'isolation', 'tests', 'flags', 'timings', 'reference']);
    expect(g).toMatchObject({ schema: 'assay.grade/1', exercise: ruby.meta.id, verdict: 'passed', score: 100, correctness: 100 });
    expect(['full', 'reduced']).toContain(g.isolation);
    expect(Object.keys(g.tests[0])).toEqual(['name', 'status', 'hidden', 'message', 'durationMs']);
    expect(g.tests.filter((t: { hidden: boolean }) => t.hidden)).toHaveLength(ruby.cases.length);
    expect(Object.keys(g.timings)).toEqual(['compileMs', 'runMs']);
  });

  it('exits 0 for a failing submission too, with the verdict in the JSON', async () => {
    const dir = solutionDir(editable(go), `${go.starter[editable(go)]!}\nfunc broken( {\n`);
    const r = await assay(['grade', GO_DIR, dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'compile_error', score: 0 });
  });
});

describe('assay grade isolation', () => {
  it('reports reduced isolation without bubblewrap, and refuses to run with --require-full-isolation', async () => {
    const dir = solutionDir(editable(ruby), reference(ruby)[editable(ruby)]!);
    const reduced = JSON.parse((await assay(['grade', RUBY_DIR, dir, '--json'], { ASSAY_DISABLE_BWRAP: '1' })).stdout);
    expect(reduced).toMatchObject({ verdict: 'passed', isolation: 'reduced', score: 100 });
    const strict = await assay(['grade', RUBY_DIR, dir, '--json', '--require-full-isolation'], { ASSAY_DISABLE_BWRAP: '1' });
    expect(strict.code).toBe(0);
    expect(JSON.parse(strict.stdout)).toMatchObject({ verdict: 'sandbox_error', score: 0 });
  });
});

describe('assay run', () => {
  it('prints a readable table of the visible tests', async () => {
    const dir = solutionDir(editable(ruby), ruby.starter[editable(ruby)]!);
    const r = await assay(['run', RUBY_DIR, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${ruby.meta.id}: failed`));
    expect(r.stdout).toMatch(/✗\s+visible\s+ReferenceExtractorTest#test_local_issue/);
  });

  it('reports markers in --json', async () => {
    const dir = solutionDir(editable(ruby), 'module ReferenceExtractor\n  def self.extract(text)\n    [1,\n  end\nend\n');
    const r = await assay(['run', RUBY_DIR, dir, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ schema: 'assay.run/1', verdict: 'compile_error' });
    expect(j.markers[0]).toMatchObject({ file: editable(ruby), line: 4 });
  });
});

describe('usage', () => {
  it.each([['run'], ['grade'], ['check']])('%s --help prints usage and exits 0', async (cmd) => {
    const r = await assay([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: assay ${cmd}`));
  });

  it('lists the commands with --help', async () => {
    const r = await assay(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run\s+run the visible tests/);
  });

  it.each([
    [['grade', RUBY_DIR], /expected <exerciseDir> <solutionDir>/],
    [['grade', RUBY_DIR, '/nonexistent-dir'], /is not a directory/],
    [['grade', '/nonexistent-exercise', '/tmp'], /not a directory/],
    [['grade', RUBY_DIR, '/tmp', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const r = await assay(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a solution dir without any editable file', async () => {
    const dir = solutionDir('unrelated.txt', 'x');
    const r = await assay(['grade', RUBY_DIR, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none of the editable files \(reference_extractor\.rb\)/);
  });
});
