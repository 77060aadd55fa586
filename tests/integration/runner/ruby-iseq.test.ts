// Precompiled Ruby libraries (runner/ruby/iseq-cache.ts): made once per toolchain from the toolchain's own library
// files, mounted read-only into the sandbox, served only for unchanged files; a damaged or stale cache loses
// nothing (the run compiles from source). What it saves is measured by bench/cli.ts, not here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rubyIseqDir } from '../../../core/node/runner/ruby/iseq-cache.ts';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { rubyToolchain } from '../../../core/node/toolchains.ts';
import { memoryExercise } from './helpers.ts';

const tc = await rubyToolchain();
let n = 0;
const saved = process.env.ASSAY_CACHE_DIR;

beforeEach(() => {
  process.env.ASSAY_CACHE_DIR = mkdtempSync(join(tmpdir(), 'assay-iseq-test-'));
});
afterEach(() => {
  if (saved === undefined) delete process.env.ASSAY_CACHE_DIR;
  else process.env.ASSAY_CACHE_DIR = saved;
});

function index(dir: string): { path: string; size: string; mtime: string; file: string; made: string }[] {
  return readFileSync(join(dir, 'index'), 'utf8').trim().split('\n').map((l) => {
    const [path, size, mtime, file, made] = l.split('\t') as [string, string, string, string, string];
    return { path, size, mtime, file, made };
  });
}

/** A Ruby exercise whose visible test checks, from inside the sandbox, what the hook and the mount look like. */
const probe = memoryExercise({
  meta: { id: 'iseq-probe', language: 'ruby', type: 'implement', editable: ['lib.rb'] },
  starter: { 'lib.rb': 'VALUE = 42\n' },
  visible: {
    'lib_test.rb': [
      "require 'minitest/autorun'",
      "require 'json'",
      "require_relative 'lib'",
      'class LibTest < Minitest::Test',
      '  def test_value',
      '    assert_equal 42, VALUE',
      "    assert_equal '[1]', JSON.generate([1])",
      '  end',
      '  def test_cache_is_read_only',
      "    skip 'no cache' unless ENV['ASSAY_ISEQ']",
      '    assert RubyVM::InstructionSequence.respond_to?(:load_iseq)',
      "    assert_raises(SystemCallError) { File.write(File.join(ENV['ASSAY_ISEQ'], 'index'), 'poisoned') }",
      "    assert_raises(SystemCallError) { File.write(File.join(ENV['ASSAY_ISEQ'], 'planted.bin'), 'x') }",
      '  end',
      'end',
    ].join('\n'),
  },
});

/** rubyIseqDir as a new process sees it (this one remembers what it checked). */
function nextProcessDir(): string {
  const core = join(import.meta.dirname, '../../../core/node');
  const script = `import { rubyIseqDir } from '${core}/runner/ruby/iseq-cache.ts'; import { rubyToolchain } from '${core}/toolchains.ts'; process.stdout.write(String(rubyIseqDir(await rubyToolchain())));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: process.env });
}

const run = () => runVisible(probe, probe.starter, { runId: `iseq-${++n}-${process.pid}` });

describe('precompiled Ruby libraries', () => {
  it('are made from the toolchain library files only, json and minitest among them', () => {
    const dir = rubyIseqDir(tc)!;
    expect(dir).not.toBeNull();
    const entries = index(dir);
    const paths = entries.map((e) => e.path);
    expect(paths.some((p) => p.endsWith('/json.rb'))).toBe(true);
    expect(paths.some((p) => p.endsWith('/minitest.rb'))).toBe(true);
    for (const e of entries) {
      expect(e.path.startsWith('/')).toBe(true);
      expect(existsSync(e.path)).toBe(true);
      expect(existsSync(join(dir, e.file))).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(entries.length);
    expect(rubyIseqDir(tc)).toBe(dir);
  });

  it('a sandboxed run uses them, and cannot write to them', async () => {
    const r = await run();
    expect(r.verdict).toBe('passed');
    expect(r.tests.map((t) => [t.name, t.status]).sort()).toEqual([
      ['LibTest#test_cache_is_read_only', 'pass'],
      ['LibTest#test_value', 'pass'],
    ]);
    expect(readFileSync(join(rubyIseqDir(tc)!, 'index'), 'utf8')).not.toContain('poisoned');
  });

  it('a damaged directory is made again by the next process', async () => {
    const dir = rubyIseqDir(tc)!;
    const entries = index(dir);
    for (const e of entries.slice(0, 3)) writeFileSync(join(dir, e.file), 'garbage, not an instruction sequence');
    expect(nextProcessDir()).toBe(dir);
    expect(readFileSync(join(dir, entries[0]!.file), 'utf8')).not.toContain('garbage');
    expect((await run()).verdict).toBe('passed');
  });

  it('is made again when a library file changed since (an update), not left to serve nothing', () => {
    const dir = rubyIseqDir(tc)!;
    const entries = index(dir);
    const stale = entries.map((e, i) => (i === 0 ? { ...e, mtime: String(BigInt(e.mtime) - 1_000_000_000n) } : e));
    writeFileSync(join(dir, 'index'), `${stale.map((e) => [e.path, e.size, e.mtime, e.file, e.made].join('\t')).join('\n')}\n`);
    expect(nextProcessDir()).toBe(dir);
    expect(index(dir)[0]!.mtime).toBe(entries[0]!.mtime);
  });

  it('serves a compiled file for its exact source only while that source is unchanged', async () => {
    const dir = rubyIseqDir(tc)!;
    const entries = index(dir);
    const minitest = entries.find((x) => x.path.endsWith('/minitest.rb'))!;
    // json.rb's entry made to point at minitest's compiled code (a consistent index, so nothing repairs it).
    const forge = (sizeDelta: number) =>
      writeFileSync(
        join(dir, 'index'),
        `${entries
          .map((e) => (e.path.endsWith('/json.rb') ? { ...e, size: String(Number(e.size) + sizeDelta), file: minitest.file, made: minitest.made } : e))
          .map((e) => [e.path, e.size, e.mtime, e.file, e.made].join('\t'))
          .join('\n')}\n`,
      );
    // Control: with json.rb's true size and mtime the forged code is served (and breaks the run).
    forge(0);
    const served = await run();
    expect(served.verdict).not.toBe('passed');
    expect(served.summary).toMatch(/minitest\.rb/); // minitest's code ran where json.rb was required
    // The same forged code under another size: json.rb counts as changed, compiles from source, and all passes.
    forge(1);
    const r = await run();
    expect(r.verdict).toBe('passed');
    expect(r.tests.every((t) => t.status === 'pass')).toBe(true);
  });

  it('a Ruby that cannot make them runs without, and is not retried in every call', async () => {
    const broken = { ...tc, bin: '/bin/false' };
    expect(rubyIseqDir(broken)).toBeNull();
    const root = join(process.env.ASSAY_CACHE_DIR!, 'ruby-iseq');
    expect(readdirSync(root).filter((f) => f.endsWith('.failed'))).toHaveLength(1);
    expect(readdirSync(root).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
