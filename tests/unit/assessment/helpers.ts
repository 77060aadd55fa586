// Shared fixtures for the assessment tests: a private copy of the two seed exercises (so other work on the live
// library cannot change what these tests see), packs, and raw container surgery for corruption tests.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { exportPack } from '../../../core/node/assessment/pack.ts';
import { sha256, canonicalJson } from '../../../core/node/container/hash.ts';

export const REPO = resolve(import.meta.dirname, '../../..');
export const SEED = {
  go: join(REPO, 'exercises/go/log-sections'),
  ruby: join(REPO, 'exercises/ruby/reference-extractor'),
};

const dirs: string[] = [];
export function tempDir(prefix = 'assay-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A library holding copies of the two seed exercises and the requirements map. */
export function makeLibrary(): string {
  const lib = tempDir('assay-lib-');
  cpSync(SEED.go, join(lib, 'go/log-sections'), { recursive: true });
  cpSync(SEED.ruby, join(lib, 'ruby/reference-extractor'), { recursive: true });
  cpSync(join(REPO, 'exercises/requirements.json'), join(lib, 'requirements.json'));
  const profile = { id: 'dev-test', role: 'dev', title: 'Developer (test)', language: 'ruby', minutes: 40, exercises: ['ruby-reference-extractor'] };
  writeFileSync(join(lib, 'profiles.json'), JSON.stringify({ schema: 'assay.profiles/1', profiles: [profile] }));
  return lib;
}

export function makePack(lib: string, opts: { minutes?: number; ids?: string[]; out?: string } = {}) {
  return exportPack({
    libraryDir: lib,
    exerciseIds: opts.ids ?? ['go-log-sections', 'ruby-reference-extractor'],
    title: 'Backend interview',
    candidateName: 'Ada Lovelace',
    timeLimitMinutes: opts.minutes ?? 60,
    out: opts.out ?? join(tempDir(), 'test.assay-pack'),
  });
}

export interface RawDoc {
  manifest: { format: string; createdAt: string; tool: string; entries: { path: string; bytes: number; sha256: string }[] };
  digest: string;
  entries: Record<string, unknown>[];
}

export function readRaw(path: string): RawDoc {
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as RawDoc;
}

/** Recomputes the manifest and digest from the entries, as a forger who knows the format would. */
export function reseal(doc: RawDoc): RawDoc {
  doc.manifest.entries = doc.entries.map((e) => ({
    path: String(e.path),
    bytes: Buffer.byteLength(String(e.content), 'utf8'),
    sha256: sha256(String(e.content)),
  }));
  doc.digest = sha256(canonicalJson(doc.manifest));
  return doc;
}

export function writeRaw(path: string, doc: unknown): void {
  writeFileSync(path, gzipSync(JSON.stringify(doc)));
}

/** Copies a container file, applies fn to its raw document and writes the result to a new file. */
export function mutateContainer(src: string, fn: (doc: RawDoc) => RawDoc | void): string {
  const doc = readRaw(src);
  const out = join(tempDir(), 'mutated');
  writeRaw(out, fn(doc) ?? doc);
  return out;
}

/** A RunReport as the runner returns it, for feeding the session store. */
export function runReport(exerciseId: string, statuses: ('pass' | 'fail' | 'error')[]): import('../../../core/common/results.ts').RunReport {
  const failed = statuses.filter((s) => s !== 'pass').length;
  return {
    runId: `run-${exerciseId}-${statuses.length}`,
    exerciseId,
    verdict: failed === 0 ? 'passed' : 'failed',
    summary: failed === 0 ? `all ${statuses.length} tests passed` : `${failed} of ${statuses.length} tests failed`,
    tests: statuses.map((status, i) => ({ name: `Test${i}`, status, kind: 'visible', hidden: false, message: '', durationMs: 3 })),
    markers: [],
    flags: [],
    output: 'ok',
    isolation: 'full',
    toolchain: 'go1.19',
    timings: { compileMs: 400, runMs: 100 },
  };
}

/** A controllable clock for session tests. */
export function fakeClock(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
  const c = { now: start, clock: () => c.now, advance: (ms: number) => void (c.now += ms) };
  return c;
}

/** A submitted session with some typing, a run and a paste, bundled. Returns the session and the bundle path. */
export async function makeBundle(
  lib: string,
  opts: { candidate?: string; edits?: Record<string, string>; ids?: string[]; profileId?: string; register?: import('../../../core/node/assessment/register.ts').Register } = {},
) {
  const { startSession } = await import('../../../core/node/session/open.ts');
  const { createBundle } = await import('../../../core/node/bundle/create.ts');
  const { exportPack: exp } = await import('../../../core/node/assessment/pack.ts');
  const dir = tempDir();
  const pack = exp({
    libraryDir: lib,
    ...(opts.profileId ? { profileId: opts.profileId } : { exerciseIds: opts.ids ?? ['go-log-sections', 'ruby-reference-extractor'], timeLimitMinutes: 60 }),
    title: 'Backend interview',
    candidateName: opts.candidate ?? 'Ada Lovelace',
    out: join(dir, 'p.assay-pack'),
  });
  opts.register?.issue(pack.record, pack.digest);
  const c = fakeClock();
  const s = startSession(join(dir, 'session'), pack.path, { clock: c.clock });
  const edits = opts.edits ?? { 'go-log-sections': 'package logsections\n\n// wip\n' };
  for (const [id, text] of Object.entries(edits)) {
    const file = s.exercise(id).meta.editable[0]!;
    const lines = text.split('\n');
    for (let n = 1; n <= lines.length; n++) {
      c.advance(4000);
      s.recordEdit(id, { [file]: lines.slice(0, n).join('\n') });
    }
    s.recordRun(id, runReport(id, ['pass', 'fail']));
  }
  c.advance(1000);
  if (s.pack.exercises.some((e) => e.meta.id === 'go-log-sections')) s.recordPaste('go-log-sections', 'sections.go', 'pasted\ntext');
  c.advance(60_000);
  s.submit('manual');
  const out = join(dir, 'ada.assay-submission');
  const bundle = createBundle(s, { out, environment: { app: 'assay test', platform: 'linux', release: 'x', arch: 'x64', node: 'node 24', toolchains: [] } });
  return { session: s, path: out, digest: bundle.digest };
}

/** Adds a small review exercise (seeded defects, no toolchain needed to grade) to a test library. */
export function addReviewExercise(lib: string): void {
  cpSync(join(import.meta.dirname, 'fixtures/review-exercise'), join(lib, 'go/review-retry'), { recursive: true });
}

/** A GradeReport as gradeSubmission returns it: hidden cases passed out of total, score as given. */
export function gradeReport(exerciseId: string, passed: number, total: number, score: number): import('../../../core/common/results.ts').GradeReport {
  const tests = Array.from({ length: total }, (_, i) => ({
    name: `case_${i}`, status: i < passed ? ('pass' as const) : ('fail' as const), kind: 'hidden' as const, hidden: true, message: '', durationMs: 1,
  }));
  return {
    ...runReport(exerciseId, []),
    schema: 'assay.grade/1',
    verdict: passed === total ? 'passed' : 'failed',
    summary: `hidden: ${passed} of ${total} cases passed`,
    tests,
    score,
    correctness: score,
    performance: null,
  };
}
