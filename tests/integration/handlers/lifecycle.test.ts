// The assessment lifecycle through the handler table both seats register (Electron and the browser harness):
// an interviewer exports a pack; a candidate with no library opens it, edits, runs the real visible tests,
// pastes, loses focus, restarts the app (the gap is recorded), runs out of time (auto-submit, bundle written);
// the interviewer imports the bundle (a corrupt one is refused and changes nothing), grades it with the hidden
// tests, reads the dashboard, the detail and a replay step, saves a rubric and exports scorecards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { Handlers, HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
const GO = loadExercise(join(libraryDir, 'go', 'log-sections'));
const RUBY = loadExercise(join(libraryDir, 'ruby', 'reference-extractor'));

let root: string;
let now = Date.parse('2026-03-02T09:00:00Z');
const clock = () => now;

function interviewer(): Handlers {
  const dataDir = join(root, 'interviewer');
  return createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {} });
}

let running: AbortController | null = null;
/** A fresh candidate app on the same data dir; the previous one quits first (one app per data dir). */
function candidate(): Handlers {
  running?.abort();
  running = new AbortController();
  const dataDir = join(root, 'candidate');
  const empty = join(dataDir, 'no-library');
  mkdirSync(empty, { recursive: true });
  const store = new JsonFileStore(join(dataDir, 'store.json'));
  return createHandlers({ libraryDir: empty, store, mode: 'candidate', dataDir, clock, shutdown: running.signal, log: () => {} });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-lifecycle-'));
});
afterAll(() => {
  running?.abort();
  rmSync(root, { recursive: true, force: true });
});

describe('assessment lifecycle through the handlers', () => {
  let packData = '';
  let bundleData = '';
  let digest = '';

  it('interviewer: catalog with profiles and coverage, then a pack with no hidden material', async () => {
    const h = interviewer();
    const catalog = await h.catalog({}, ctx);
    expect(catalog.exercises.map((e) => e.id)).toEqual(expect.arrayContaining(['go-log-sections', 'ruby-reference-extractor']));
    const profile = catalog.profiles.find((p) => p.id === 'senior-backend-ci-cd')!;
    expect(profile.coverage.length).toBeGreaterThan(3);
    expect(profile.coverage.some((r) => r.inAssessment.length > 0)).toBe(true);
    expect(catalog.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['sbd', 'dev']));

    const out = await h.exportPack({ candidateName: 'Ada Lovelace', timeLimitMinutes: 30, exerciseIds: ['go-log-sections', 'ruby-reference-extractor'], title: 'Backend screen' }, ctx);
    expect(out.file.fileName).toBe('ada-lovelace-backend-screen.assay-pack');
    expect(out.assessment.exercises.map((e) => e.id)).toEqual(['go-log-sections', 'ruby-reference-extractor']);
    const text = gunzipSync(Buffer.from(out.file.data, 'base64')).toString('utf8');
    expect(text).not.toContain(GO.hiddenFiles['harness.go']!.split('\n').find((l) => l.includes('func '))!);
    expect(text).not.toContain(JSON.stringify(GO.reference['sections.go']!).slice(1, 200));
    packData = out.file.data;
    expect((await h.listAssessments({}, ctx)).map((a) => a.id)).toEqual([out.assessment.id]);
    expect((await h.downloadPack({ assessmentId: out.assessment.id }, ctx)).data).toBe(packData);
  });

  it('each seat refuses the other seat’s methods', async () => {
    await expect(candidate().catalog({}, ctx)).rejects.toThrow('not available in candidate mode');
    await expect(interviewer().candidateStatus({}, ctx)).rejects.toThrow('not available in interviewer mode');
  });

  it('candidate: a damaged pack is refused; a good one previews without starting the clock', async () => {
    const h = candidate();
    expect(await h.candidateStatus({}, ctx)).toEqual({ phase: 'none' });
    const bad = Buffer.from(packData, 'base64');
    bad[bad.length - 12] ^= 0xff;
    await expect(h.openPack({ fileName: 'x.assay-pack', data: bad.toString('base64') }, ctx)).rejects.toThrow(/x\.assay-pack is not a usable assessment pack/);
    const s = await h.openPack({ fileName: 'ada.assay-pack', data: packData }, ctx);
    expect(s.phase).toBe('ready');
    if (s.phase !== 'ready') return;
    expect(s.pack.candidateName).toBe('Ada Lovelace');
    expect(s.pack.instructions).toContain('The clock starts when you press **Start**');
    expect(await h.listExercises({}, ctx)).toEqual([]);
  });

  it('candidate: start, edit, run the visible tests, paste, focus — all recorded', async () => {
    const h = candidate();
    const ready = await h.candidateStatus({}, ctx);
    if (ready.phase !== 'ready') throw new Error('expected a pack');
    const started = await h.startSession({ digest: ready.pack.digest }, ctx);
    expect(started.phase).toBe('active');
    if (started.phase !== 'active') return;
    expect(started.clock.remainingMs).toBe(30 * 60_000);
    expect((await h.listExercises({}, ctx)).map((e) => e.id)).toEqual(['go-log-sections', 'ruby-reference-extractor']);
    const view = await h.openExercise({ id: 'go-log-sections' }, ctx);
    expect(view.files.find((f) => f.path === 'sections.go')?.content).toBe(GO.starter['sections.go']);
    expect(await h.loadWorkspace({ exerciseId: 'go-log-sections' }, ctx)).toMatchObject({ savedAt: null });

    now += 60_000;
    await h.saveWorkspace({ exerciseId: 'go-log-sections', files: { 'sections.go': GO.reference['sections.go']!, 'go.mod': 'module evil\n' } }, ctx);
    const report = await h.runTests({ runId: 'run-lifecycle-1', exerciseId: 'go-log-sections', files: { 'sections.go': GO.reference['sections.go']! } }, ctx);
    expect(report.verdict).toBe('passed');

    now += 60_000;
    await h.switchExercise({ exerciseId: 'ruby-reference-extractor' }, ctx);
    const pasted = 'def extract(text)\n  []\nend\n';
    await h.recordPaste({ exerciseId: 'ruby-reference-extractor', file: 'reference_extractor.rb', text: pasted }, ctx);
    await h.saveWorkspace({ exerciseId: 'ruby-reference-extractor', files: { 'reference_extractor.rb': RUBY.starter['reference_extractor.rb'] + pasted } }, ctx);
    expect((await h.recordFocus({ focused: false }, ctx)).recorded).toBe(true);
    now += 5_000;
    expect((await h.recordFocus({ focused: true }, ctx)).recorded).toBe(true);
    await expect(h.recordPaste({ exerciseId: 'ruby-reference-extractor', file: 'reference_extractor_test.rb', text: 'x' }, ctx)).rejects.toThrow(/not an editable file/);

    const status = await h.heartbeat({}, ctx);
    if (status.phase !== 'active') throw new Error('expected an active session');
    expect(status.clock.timeSpentMs['go-log-sections']).toBe(120_000);
    expect(status.clock.timeSpentMs['ruby-reference-extractor']).toBe(5_000);
  });

  it('candidate: a restart resumes the session and records the gap; expiry submits and writes the bundle', async () => {
    now += 90_000; // the app was closed for 90 s
    const h = candidate();
    const resumed = await h.candidateStatus({}, ctx);
    if (resumed.phase !== 'active') throw new Error('expected the session to resume');
    expect(resumed.clock.remainingMs).toBe(30 * 60_000 - 215_000);
    expect((await h.loadWorkspace({ exerciseId: 'go-log-sections' }, ctx)).files['sections.go']).toBe(GO.reference['sections.go']);

    now = resumed.clock.deadline + 1;
    const after = await h.heartbeat({}, ctx);
    expect(after.phase).toBe('submitted');
    if (after.phase !== 'submitted') return;
    expect(after.clock.submitReason).toBe('expired');
    await expect(h.saveWorkspace({ exerciseId: 'go-log-sections', files: { 'sections.go': 'late' } }, ctx)).rejects.toThrow(/submitted/);
    const file = await h.downloadSubmission({}, ctx);
    expect(file.fileName).toBe('ada-lovelace-backend-screen.assay-submission');
    bundleData = file.data;
    const doc = JSON.parse(gunzipSync(Buffer.from(bundleData, 'base64')).toString('utf8')) as { entries: { path: string; content: string }[] };
    const activity = JSON.parse(doc.entries.find((e) => e.path === 'activity.json')!.content) as { type: string; durationMs?: number }[];
    expect(activity.map((e) => e.type)).toEqual(expect.arrayContaining(['run', 'paste', 'focus_lost', 'focus_returned', 'app_closed', 'submitted']));
    expect(activity.find((e) => e.type === 'app_closed')?.durationMs).toBe(90_000);

    const done = await h.finishSession({}, ctx);
    expect(done).toEqual({ phase: 'none' });
    expect(readdirSync(join(root, 'candidate', 'candidate', 'archive'))).toHaveLength(1);
  });

  it('interviewer: a corrupt bundle is refused and changes nothing; the good one imports once', async () => {
    const h = interviewer();
    const bad = Buffer.from(bundleData, 'base64').subarray(0, 200);
    const refused = await h.importBundle({ fileName: 'broken.assay-submission', data: bad.toString('base64') }, ctx);
    expect(refused).toMatchObject({ fileName: 'broken.assay-submission', ok: false, code: 'not_gzip' });
    const stored = () => readdirSync(join(root, 'interviewer', 'interviewer', 'bundles'));
    expect(stored()).toEqual([]);
    const ok = await h.importBundle({ fileName: 'ada.assay-submission', data: bundleData }, ctx);
    if (!ok.ok) throw new Error(ok.error);
    expect(ok).toMatchObject({ candidate: 'Ada Lovelace', duplicate: false });
    expect(await h.importBundle({ fileName: 'again.assay-submission', data: bundleData }, ctx)).toMatchObject({ ok: true, duplicate: true });
    expect(stored()).toEqual([`${ok.digest}.assay-submission`]);
    digest = ok.digest;
    const dash = await h.dashboard({}, ctx);
    expect(dash.rows).toHaveLength(1);
    expect(dash.rows[0]).toMatchObject({ candidate: 'Ada Lovelace', gradedAt: null, score: null, submitReason: 'expired' });
    expect((await h.listAssessments({}, ctx))[0]!.submissions).toBe(1);
  });

  it('interviewer: grading in the background, then dashboard, detail, replay, rubric, exports', async () => {
    const h = interviewer();
    const started = await h.gradeCandidates({ digests: [digest] }, ctx);
    expect(started).toMatchObject({ running: true, done: 0, total: 2 });
    await expect(h.gradeCandidates({ digests: [digest] }, ctx)).rejects.toThrow('already running');
    await expect.poll(async () => (await h.gradingStatus({}, ctx)).running, { timeout: 180_000, interval: 500 }).toBe(false);
    expect(await h.gradingStatus({}, ctx)).toMatchObject({ done: 2, total: 2, failed: [] });

    const row = (await h.dashboard({}, ctx)).rows[0]!;
    expect(row.gradedAt).not.toBeNull();
    expect(row.exercises.find((e) => e.id === 'go-log-sections')).toMatchObject({ verdict: 'passed', score: 100 });
    expect(row.exercises.find((e) => e.id === 'ruby-reference-extractor')?.verdict).not.toBe('passed');
    expect(row.flags.map((f) => f.code)).toContain('time_expired');

    const detail = await h.candidateDetail({ digest }, ctx);
    const go = detail.exercises.find((e) => e.id === 'go-log-sections')!;
    expect(go.starter['sections.go']).toBe(GO.starter['sections.go']);
    expect(go.final['sections.go']).toBe(GO.reference['sections.go']);
    expect(go.tests.some((t) => t.kind === 'hidden' && t.status === 'pass')).toBe(true);
    expect(go.snapshots.length).toBeGreaterThanOrEqual(2);
    const step0 = await h.replaySnapshot({ digest, exerciseId: 'go-log-sections', i: 0 }, ctx);
    expect(step0.files['sections.go']).toBe(GO.starter['sections.go']);
    await expect(h.replaySnapshot({ digest, exerciseId: 'go-log-sections', i: 99 }, ctx)).rejects.toThrow('out of range');

    const rubric = detail.scorecard.rubric;
    expect(rubric.rows.length).toBeGreaterThan(0);
    rubric.rows[0]!.rating = 'strong_yes';
    rubric.rows[0]!.notes = 'Clean stack-based parser.';
    rubric.recommendation = 'yes';
    await h.saveRubric({ digest, rubric }, ctx);
    const md = await h.exportScorecard({ digest, format: 'md' }, ctx);
    const mdText = Buffer.from(md.data, 'base64').toString('utf8');
    expect(md.fileName).toBe('ada-lovelace-backend-screen-scorecard.md');
    expect(mdText).toContain('Clean stack-based parser.');
    const json = JSON.parse(Buffer.from((await h.exportScorecard({ digest, format: 'json' }, ctx)).data, 'base64').toString('utf8'));
    expect(json).toMatchObject({ schema: 'assay.scorecard/1', candidate: 'Ada Lovelace', rubric: { recommendation: 'yes' } });
    const csv = Buffer.from((await h.exportCsv({ assessmentId: detail.scorecard.assessment.id }, ctx)).data, 'base64').toString('utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^Ada Lovelace,Backend screen,/);
    expect(readFileSync(join(root, 'interviewer', 'interviewer', 'rubrics', `${digest}.json`), 'utf8')).toContain('strong_yes');
  });
});
