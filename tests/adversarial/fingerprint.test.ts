// Write-tests suites that fingerprint the implementation instead of testing it: by the hash of its source
// (read from the work dir, found through runtime.Caller / __dir__, or embedded at compile time), by where its
// functions sit (line numbers, private helpers), by its compiled code, by the directory name, file size,
// mtime, or by timing. Each is the starter's one example test plus the fingerprint, so on the given code it
// would "catch" every mutant if fingerprints worked. None may score 100; the ones that read or inspect the
// implementation are flagged for the interviewer.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../core/common/results.ts';
import { gradeSubmission } from '../../core/node/grading/grade.ts';
import { loadExercise } from '../../core/node/library/load.ts';
import { fixture, fullIsolation } from './helpers.ts';

const full = await fullIsolation();
const EXERCISES = join(import.meta.dirname, '../../exercises');
const cron = loadExercise(join(EXERCISES, 'go/cron-schedule-tests'));
const slug = loadExercise(join(EXERCISES, 'ruby/slug-tests'));
const goSrc = cron.starter['schedule.go']!;
const rbSrc = slug.starter['lib/slugger.rb']!;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const lineOf = (src: string, needle: string) => src.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

/** The ISeq checksum the rb-iseq suite expects: computed by the same Ruby from the starter's source. */
function iseqChecksum(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-iseq-'));
  try {
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib/slugger.rb'), rbSrc);
    const code = "require File.realpath('lib/slugger.rb'); print %i[unique].map { |m| RubyVM::InstructionSequence.of(Slugger.method(m)).to_a.last.flatten.grep(Symbol).join(',') }.join.sum";
    return execFileSync('ruby', ['--disable-gems', '-e', code], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withStarterTest(starterTest: string, fingerprint: string, lang: 'go' | 'ruby'): string {
  if (lang === 'ruby') return fingerprint.replace(/\nend\n$/, `\n${starterTest.split('\n').filter((l) => /^\s{2}(def|  |end)/.test(l)).join('\n')}\nend\n`);
  return `${fingerprint}\n${starterTest.slice(starterTest.indexOf('\nfunc '))}`;
}

async function grade(lang: 'go' | 'ruby', file: string, values: Record<string, string | number>): Promise<GradeReport> {
  const ex = lang === 'go' ? cron : slug;
  const editable = ex.meta.editable[0]!;
  const source = withStarterTest(ex.starter[editable]!, fixture(`write-tests/${file}`, values), lang);
  return gradeSubmission(ex, { [editable]: source }, { require: 'full' });
}

const flagged = (r: GradeReport, code: string) => r.flags.some((f) => f.code === code);
const rejectedByCorrect = (r: GradeReport) => r.tests.some((t) => t.name.startsWith('correct:') && t.status === 'fail');

describe.skipIf(!full)('adversarial: fingerprinting write-tests suites', () => {
  it('Go: hashing schedule.go from the work dir finds no source and earns nothing', async () => {
    const r = await grade('go', 'go-source-hash.go', { SHA: sha(goSrc) });
    expect(r.score).toBeLessThan(100);
    expect(r.tests.filter((t) => t.name.startsWith('mutant:') && t.status === 'pass')).toHaveLength(0);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Go: hashing the source found through runtime.Caller fails on the given code', async () => {
    const r = await grade('go', 'go-caller-path.go', { SHA: sha(goSrc) });
    expect(r.score).toBe(0);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Go: hashing the source embedded with go:embed passes the given code but fails a hidden correct one', async () => {
    const r = await grade('go', 'go-embed-hash.go', { SHA: sha(goSrc) });
    expect(r.score).toBe(0);
    expect(rejectedByCorrect(r), `${r.verdict}: ${r.summary} ${r.tests.filter((t) => t.status === "fail").map((t) => t.message).join(" | ").slice(0, 600)}`).toBe(true);
    expect(flagged(r, 'tests-not-behavioural') && flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Go: function line numbers (runtime.FuncForPC) pass the given code but fail a hidden correct one', async () => {
    const r = await grade('go', 'go-func-line.go', { PARSE_LINE: lineOf(goSrc, 'func Parse('), NEXT_LINE: lineOf(goSrc, 'func (s *Schedule) Next(') });
    expect(r.score).toBe(0);
    expect(rejectedByCorrect(r), `${r.verdict}: ${r.summary} ${r.tests.filter((t) => t.status === "fail").map((t) => t.message).join(" | ").slice(0, 600)}`).toBe(true);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Go: directory and binary names, source size and timing tell nothing', async () => {
    const r = await grade('go', 'go-path-size-time.go', { SIZE: Buffer.byteLength(goSrc) });
    const honest = await gradeSubmission(cron, cron.starter, { require: 'full' });
    expect(r.score).toBeLessThan(100);
    expect(r.score).toBeLessThanOrEqual(honest.score);
  }, 180_000);

  it('Ruby: hashing slugger.rb or reading its size finds no file and earns nothing', async () => {
    const r = await grade('ruby', 'rb-source-hash.rb', { SHA: sha(rbSrc), SIZE: Buffer.byteLength(rbSrc) });
    expect(r.score).toBe(0);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Ruby: source_location lines and private helper names pass the given code but fail a hidden correct one', async () => {
    const r = await grade('ruby', 'rb-source-location.rb', { SLUGIFY_LINE: lineOf(rbSrc, '  def self.slugify(') });
    expect(r.score).toBe(0);
    expect(rejectedByCorrect(r), `${r.verdict}: ${r.summary} ${r.tests.filter((t) => t.status === "fail").map((t) => t.message).join(" | ").slice(0, 600)}`).toBe(true);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Ruby: the compiled instruction sequence passes the given code but fails a hidden correct one', async () => {
    const r = await grade('ruby', 'rb-iseq.rb', { ISEQ: iseqChecksum() });
    expect(r.score).toBe(0);
    expect(rejectedByCorrect(r), `${r.verdict}: ${r.summary} ${r.tests.filter((t) => t.status === "fail").map((t) => t.message).join(" | ").slice(0, 600)}`).toBe(true);
    expect(flagged(r, 'tests-read-implementation')).toBe(true);
  }, 120_000);

  it('Ruby: directory names, loaded paths and timing tell nothing', async () => {
    const r = await grade('ruby', 'rb-path-time.rb', {});
    const honest = await gradeSubmission(slug, slug.starter, { require: 'full' });
    expect(r.score).toBeLessThan(100);
    expect(r.score).toBeLessThanOrEqual(honest.score);
  }, 120_000);
});
