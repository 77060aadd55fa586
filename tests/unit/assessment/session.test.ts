import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSession, openSession } from '../../../core/node/session/open.ts';
import { SessionError, watchExpiry } from '../../../core/node/session/session.ts';
import { sessionLayout } from '../../../core/node/session/layout.ts';
import { cleanup, fakeClock, makeLibrary, makePack, runReport, tempDir } from './helpers.ts';

afterAll(cleanup);

const GO = 'go-log-sections';
const RB = 'ruby-reference-extractor';
const lib = makeLibrary();
const pack = makePack(lib, { minutes: 30 }).path;

function fresh() {
  const c = fakeClock();
  const dir = join(tempDir(), 'session');
  return { c, dir, s: startSession(dir, pack, { clock: c.clock }) };
}

function errCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as SessionError).code;
  }
  return 'no error';
}

describe('candidate session', () => {
  it('starts from the starter, with an absolute deadline', () => {
    const { c, s } = fresh();
    expect(s.state.deadline).toBe(c.now + 30 * 60_000);
    expect(s.remainingMs()).toBe(30 * 60_000);
    expect(s.snapshotAt(GO, 0)).toEqual({ 'sections.go': s.pack.exercises[0]!.starter['sections.go'] });
    expect(s.activity.map((e) => e.type)).toEqual(['session_started', 'exercise_opened']);
    expect(() => startSession(s.dir, pack)).toThrow(/already holds a session/);
  });

  it('records edits as replayable diffs and refuses files that are not editable', () => {
    const { c, s } = fresh();
    const versions = [s.files(GO)['sections.go']!];
    for (let i = 1; i <= 20; i++) {
      c.advance(1000);
      versions.push(versions[i - 1]!.replace('return nil, nil', `x := ${i}\n\treturn nil, nil`));
      expect(s.recordEdit(GO, { 'sections.go': versions[i]! })).toBe(true);
    }
    expect(s.recordEdit(GO, { 'sections.go': versions[20]! })).toBe(false);
    for (let i = 0; i <= 20; i++) expect(s.snapshotAt(GO, i)['sections.go']).toBe(versions[i]);
    const log = readFileSync(sessionLayout(s.dir).snapshots(GO), 'utf8');
    const fullCopies = versions.reduce((n, v) => n + v.length, 0);
    expect(log.length).toBeLessThan(fullCopies / 5);
    expect(errCode(() => s.recordEdit(GO, { 'go.mod': 'module evil' }))).toBe('not_editable');
    expect(errCode(() => s.recordEdit('go-nope', {}))).toBe('unknown_exercise');
  });

  it('tracks time per exercise, runs, pastes and focus', () => {
    const { c, s } = fresh();
    c.advance(60_000);
    s.recordRun(GO, runReport(GO, ['pass', 'fail', 'pass']));
    c.advance(60_000);
    s.recordEdit(RB, { 'reference_extractor.rb': '# hi\n' });
    s.recordPaste(RB, 'reference_extractor.rb', 'a\nb\nc');
    c.advance(30_000);
    s.focusLost();
    c.advance(10_000);
    s.focusReturned();
    c.advance(5_000);
    s.openExercise(GO);
    c.advance(15_000);
    expect(s.timeSpent()).toEqual({ [GO]: 135_000, [RB]: 45_000 });
    const run = s.activity.find((e) => e.type === 'run');
    expect(run).toMatchObject({ exerciseId: GO, verdict: 'failed', passed: 2, failed: 1, total: 3, durationMs: 500 });
    expect(s.activity.find((e) => e.type === 'paste')).toMatchObject({ file: 'reference_extractor.rb', chars: 5, lines: 3 });
    expect(s.activity.find((e) => e.type === 'focus_returned')).toMatchObject({ awayMs: 10_000 });
    expect(s.lastRun(GO)?.summary).toBe('1 of 3 tests failed');
    expect(errCode(() => s.recordPaste(GO, 'sections_test.go', 'x'))).toBe('not_editable');
  });

  it('reopens where it was and records the closed gap honestly', () => {
    const { c, s, dir } = fresh();
    c.advance(5 * 60_000);
    s.recordEdit(GO, { 'sections.go': 'package logsections\n// work\n' });
    s.recordRun(GO, runReport(GO, ['pass']));
    c.advance(2_000);
    s.heartbeat();
    c.advance(7 * 60_000);
    const r = openSession(dir, { clock: c.clock });
    expect(r.files(GO)['sections.go']).toBe('package logsections\n// work\n');
    expect(r.lastRun(GO)?.verdict).toBe('passed');
    expect(r.activity.at(-1)).toEqual({ type: 'app_closed', t: c.now, from: c.now - 7 * 60_000, durationMs: 7 * 60_000 });
    expect(r.remainingMs()).toBe(30 * 60_000 - (5 * 60_000 + 2_000 + 7 * 60_000));
    expect(r.timeSpent()[GO]).toBe(5 * 60_000 + 2_000);
    expect(r.state.sessionId).toBe(s.state.sessionId);
  });

  it('submits on reopen when the deadline passed while closed, then refuses edits', () => {
    const { c, dir } = fresh();
    c.advance(45 * 60_000);
    const r = openSession(dir, { clock: c.clock });
    expect(r.state.status).toBe('submitted');
    expect(r.state.submitReason).toBe('expired');
    expect(r.activity.slice(-2).map((e) => e.type)).toEqual(['app_closed', 'submitted']);
    expect(errCode(() => r.recordEdit(GO, { 'sections.go': 'x' }))).toBe('submitted');
    expect(openSession(dir, { clock: c.clock }).activity.filter((e) => e.type === 'app_closed')).toHaveLength(1);
  });

  it('auto-submits when the countdown reaches zero', async () => {
    const { c, s } = fresh();
    const fired = new Promise<void>((resolve) => watchExpiry(s, resolve, 10));
    c.advance(30 * 60_000);
    await fired;
    expect(s.state).toMatchObject({ status: 'submitted', submitReason: 'expired', submittedAt: c.now });
  });

  it('repairs a torn final line, removes temp files, and catches up a code file left behind', () => {
    const { c, s, dir } = fresh();
    const L = sessionLayout(dir);
    c.advance(1000);
    s.recordEdit(GO, { 'sections.go': 'v1\n' });
    const codeV1 = readFileSync(L.code(GO), 'utf8');
    c.advance(1000);
    s.recordEdit(GO, { 'sections.go': 'v2\n' });
    writeFileSync(L.code(GO), codeV1);
    appendFileSync(L.snapshots(GO), '{"i":3,"t":12,"chan');
    appendFileSync(L.activity, '{"type":"focus_lo');
    writeFileSync(`${L.code(GO)}.tmp-999-abcd`, 'half');
    const sizeBefore = statSync(L.snapshots(GO)).size;
    const r = openSession(dir, { clock: c.clock });
    expect(r.files(GO)['sections.go']).toBe('v2\n');
    expect(JSON.parse(readFileSync(L.code(GO), 'utf8'))).toEqual({ i: 2, files: { 'sections.go': 'v2\n' } });
    expect(statSync(L.snapshots(GO)).size).toBeLessThan(sizeBefore);
    expect(readdirSync(L.codeDir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    for (const line of readFileSync(L.activity, 'utf8').trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('reports corruption in the middle of a log instead of guessing', () => {
    const { dir } = fresh();
    const L = sessionLayout(dir);
    writeFileSync(L.activity, `garbage\n${readFileSync(L.activity, 'utf8')}`);
    expect(() => openSession(dir)).toThrow(/corrupt record at byte 0/);
    expect(existsSync(L.state)).toBe(true);
  });
});
