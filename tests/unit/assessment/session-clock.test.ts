// Session time against a candidate who moves the computer's clock: with injected wall, monotonic and boot clocks,
// through the session code (start, heartbeat, close, reopen, submit, bundle, scorecard flags). Each case checks
// the remaining time, the time used and the finding.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { openSession, startSession } from '../../../core/node/session/open.ts';
import { sessionLayout } from '../../../core/node/session/layout.ts';
import type { CandidateSession } from '../../../core/node/session/session.ts';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { activityFlags } from '../../../core/node/scorecard/flags.ts';
import { wallTimeUsed } from '../../../core/node/scorecard/wall-time.ts';
import { idlePeriods } from '../../../core/node/session/timing.ts';
import type { ActivityEvent } from '../../../core/common/assessment.ts';
import { cleanup, makeLibrary, makePack, mutateContainer, reseal, tempDir } from './helpers.ts';
import { FakeClocks } from './fake-clocks.ts';

afterAll(cleanup);

const MIN = 60_000;
const lib = makeLibrary();
const pack = makePack(lib, { minutes: 45 }).path;

function fresh() {
  const c = new FakeClocks();
  const dir = join(tempDir(), 'session');
  return { c, dir, s: startSession(dir, pack, { clock: c }) };
}

/** Runs the app for ms with a heartbeat every 30 s (the renderer's is 5 s; the interval does not matter). */
function work(s: CandidateSession, c: FakeClocks, ms: number): void {
  for (let done = 0; done < ms; done += 30_000) {
    c.pass(Math.min(30_000, ms - done));
    s.heartbeat();
  }
}

const clockEvents = (s: CandidateSession) =>
  s.activity.filter((e): e is Extract<ActivityEvent, { type: 'clock' }> => e.type === 'clock').map((e) => ({ kind: e.kind, deltaMs: e.deltaMs, during: e.during }));

function used(s: CandidateSession): number {
  return s.state.submittedAt! - s.state.startedAt;
}

/** Submits, bundles, reads the bundle back and returns what the interviewer sees about time. */
function interviewerView(s: CandidateSession) {
  if (s.state.status === 'active') s.submit();
  const out = join(tempDir(), 'b.assay-submission');
  createBundle(s, { out });
  const { bundle } = readBundle(out);
  return { flags: activityFlags(bundle).filter((f) => f.code.startsWith('clock_')), wall: wallTimeUsed(bundle), bundle };
}

describe('session time while the app runs', () => {
  it('the issue: clock set back an hour after 40 minutes; the countdown does not grow and expiry comes on time', () => {
    const { c, s } = fresh();
    work(s, c, 40 * MIN);
    c.setWall(-60 * MIN);
    expect(s.remainingMs()).toBe(5 * MIN);
    s.heartbeat();
    expect(clockEvents(s)).toEqual([{ kind: 'wall_back', deltaMs: -60 * MIN, during: 'running' }]);
    work(s, c, 10 * MIN);
    expect(s.state.status).toBe('submitted');
    expect(s.state.submitReason).toBe('expired');
    expect(used(s)).toBe(45 * MIN);
    const v = interviewerView(s);
    expect(v.flags).toEqual([expect.objectContaining({ code: 'clock_wall_back', severity: 'critical' })]);
    expect(v.flags[0]!.message).toMatch(/set back 1 h 0 min while Assay ran/);
    expect(v.wall).toBe(45 * MIN - 60 * MIN);
  });

  it('clock set forward: remaining time is not taken away; the jump is a finding; time used is real', () => {
    const { c, s } = fresh();
    work(s, c, 10 * MIN);
    c.setWall(+30 * MIN);
    work(s, c, 5 * MIN);
    expect(s.remainingMs()).toBe(30 * MIN);
    expect(clockEvents(s)).toEqual([{ kind: 'wall_forward', deltaMs: 30 * MIN, during: 'running' }]);
    s.submit();
    expect(used(s)).toBe(15 * MIN);
    const v = interviewerView(s);
    expect(v.flags.map((f) => [f.code, f.severity])).toEqual([['clock_wall_forward', 'critical']]);
    expect(v.wall).toBe(45 * MIN);
  });

  it('small drift is not evidence; a 90 s step is a warning', () => {
    const { c, s } = fresh();
    work(s, c, MIN);
    c.setWall(1500);
    work(s, c, MIN);
    expect(clockEvents(s)).toEqual([]);
    c.setWall(-90_000);
    work(s, c, MIN);
    expect(clockEvents(s)).toEqual([{ kind: 'wall_back', deltaMs: -90_000, during: 'running' }]);
    expect(interviewerView(s).flags.map((f) => f.severity)).toEqual(['warning']);
  });

  it('idle time is established time, and a clock event in the middle is no sign of activity', () => {
    const { c, s } = fresh();
    work(s, c, 2 * MIN);
    c.setWall(-60 * MIN);
    work(s, c, 4 * MIN);
    s.submit();
    const { bundle } = interviewerView(s);
    const idle = idlePeriods(bundle.activity, bundle.snapshots, bundle.submission.submittedAt);
    expect(idle.map((p) => p.durationMs)).toEqual([6 * MIN]);
  });

  it('a time-zone change is recorded and changes nothing else', () => {
    const { c, s } = fresh();
    work(s, c, 10 * MIN);
    c.tz = -120; // UTC+2
    c.setWall(0);
    work(s, c, 5 * MIN);
    expect(s.remainingMs()).toBe(30 * MIN);
    expect(clockEvents(s)).toEqual([{ kind: 'timezone', deltaMs: 120 * MIN, during: 'running' }]);
    const v = interviewerView(s);
    expect(v.flags.map((f) => [f.code, f.severity])).toEqual([['clock_timezone', 'info']]);
    expect(v.flags[0]!.message).toMatch(/local time moved ahead 2 h 0 min/);
    expect(v.wall).toBeNull();
  });

  it('a suspend counts as time used (the boot clock ran on) and is reported', () => {
    const { c, s } = fresh();
    work(s, c, 10 * MIN);
    c.suspend(20 * MIN);
    s.heartbeat();
    expect(s.remainingMs()).toBe(15 * MIN);
    expect(clockEvents(s)).toEqual([{ kind: 'suspend', deltaMs: 20 * MIN, during: 'running' }]);
    s.submit();
    expect(used(s)).toBe(30 * MIN);
    const v = interviewerView(s);
    expect(v.flags.map((f) => [f.code, f.severity])).toEqual([['clock_suspend', 'info']]);
    expect(v.wall).toBeNull();
  });

  it('without a boot clock a suspend is a wall-clock jump: reported, not counted', () => {
    const { c, s } = fresh();
    c.hasBoot = false;
    work(s, c, 10 * MIN);
    c.suspend(20 * MIN);
    s.heartbeat();
    expect(s.remainingMs()).toBe(35 * MIN);
    expect(clockEvents(s)).toEqual([{ kind: 'wall_forward', deltaMs: 20 * MIN, during: 'running' }]);
  });
});

describe('session time across a close', () => {
  it('same boot, clock set back while closed: the boot clock measures the gap', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.close(5 * MIN);
    c.setWall(-60 * MIN);
    const r = openSession(dir, { clock: c });
    expect(r.remainingMs()).toBe(30 * MIN);
    expect(clockEvents(r)).toEqual([{ kind: 'wall_back', deltaMs: -60 * MIN, during: 'closed' }]);
    const closed = r.activity.find((e) => e.type === 'app_closed');
    expect(closed).toMatchObject({ durationMs: 5 * MIN });
    work(r, c, 5 * MIN);
    r.submit();
    expect(used(r)).toBe(20 * MIN);
    const v = interviewerView(r);
    expect(v.flags.map((f) => [f.code, f.severity])).toEqual([['clock_wall_back', 'critical']]);
    expect(v.flags[0]!.message).toMatch(/while Assay was closed/);
    expect(v.wall).toBe(20 * MIN - 60 * MIN);
  });

  it('same boot, clock set forward while closed: the gap is what the boot clock says', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.close(5 * MIN);
    c.setWall(+2 * 3600_000);
    const r = openSession(dir, { clock: c });
    expect(r.remainingMs()).toBe(30 * MIN);
    expect(clockEvents(r)).toEqual([{ kind: 'wall_forward', deltaMs: 2 * 3600_000, during: 'closed' }]);
  });

  it('an honest close leaves no finding', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.close(3 * MIN);
    const r = openSession(dir, { clock: c });
    expect(r.remainingMs()).toBe(32 * MIN);
    expect(clockEvents(r)).toEqual([]);
  });

  it('after a reboot with the clock set back: the gap is unknown, at least the time since boot, and said so', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.reboot(20 * MIN, 4 * MIN);
    c.setWall(-60 * MIN);
    const r = openSession(dir, { clock: c });
    expect(clockEvents(r)).toEqual([
      { kind: 'reboot', deltaMs: 4 * MIN, during: 'closed' },
      { kind: 'wall_before_last_seen', deltaMs: 20 * MIN - 60 * MIN, during: 'closed' },
    ]);
    expect(r.remainingMs()).toBe(31 * MIN);
    r.submit();
    expect(used(r)).toBe(14 * MIN);
    const v = interviewerView(r);
    expect(v.flags.map((f) => [f.code, f.severity])).toEqual([['clock_reboot', 'warning'], ['clock_wall_before_last_seen', 'critical']]);
    expect(v.flags[0]!.message).toMatch(/cannot be measured; at least 4 min/);
  });

  it('after a reboot with an honest clock: the wall gap is the larger and is taken', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.reboot(20 * MIN, 4 * MIN);
    const r = openSession(dir, { clock: c });
    expect(clockEvents(r)).toEqual([{ kind: 'reboot', deltaMs: 20 * MIN, during: 'closed' }]);
    expect(r.remainingMs()).toBe(15 * MIN);
  });

  it('a time-zone change while closed is recorded', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.close(MIN);
    c.tz = 300;
    const r = openSession(dir, { clock: c });
    expect(clockEvents(r)).toEqual([{ kind: 'timezone', deltaMs: -300 * MIN, during: 'closed' }]);
    expect(r.remainingMs()).toBe(34 * MIN);
  });

  it('a suspend while closed is part of the measured gap', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.close(MIN);
    c.suspend(10 * MIN);
    const r = openSession(dir, { clock: c });
    expect(clockEvents(r)).toEqual([]);
    expect(r.remainingMs()).toBe(24 * MIN);
  });

  it('edits after the last heartbeat still count; clock.json cannot wind time back past the logs', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.pass(4000);
    s.openExercise('ruby-reference-extractor');
    const L = sessionLayout(dir);
    const mark = JSON.parse(readFileSync(L.clock, 'utf8'));
    writeFileSync(L.clock, JSON.stringify({ ...mark, elapsedMs: 0 }));
    c.close(MIN);
    const r = openSession(dir, { clock: c });
    // A lowered elapsedMs is raised back to the logged session times; what remains is less, never more.
    expect(r.remainingMs()).toBeLessThanOrEqual(45 * MIN - (10 * MIN + 4000));
    expect(r.activity.find((e) => e.type === 'app_closed')).toMatchObject({ from: r.state.startedAt + 10 * MIN + 4000 });
  });

  it('edits after the last heartbeat still count toward the time used', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    c.pass(4000);
    s.openExercise('ruby-reference-extractor');
    c.close(MIN);
    const r = openSession(dir, { clock: c });
    expect(r.remainingMs()).toBe(45 * MIN - (11 * MIN + 4000));
    expect(clockEvents(r)).toEqual([]);
  });

  it('a garbage clock.json falls back to the logged session times', () => {
    const { c, dir, s } = fresh();
    work(s, c, 10 * MIN);
    writeFileSync(sessionLayout(dir).clock, '{"schema":"assay.clock/1","elapsedMs":-5,"__proto__":{"x":1}}');
    c.close(MIN);
    const r = openSession(dir, { clock: c });
    expect(r.remainingMs()).toBe(34 * MIN);
  });
});

describe('the system clocks', () => {
  it.skipIf(process.platform !== 'linux')('on Linux: the boot clock is /proc/uptime with the boot id, and it advances', async () => {
    const { systemClocks } = await import('../../../core/node/session/clock.ts');
    const clocks = systemClocks();
    const a = clocks.boot()!;
    expect(a.bootId).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    expect(a.uptimeMs).toBeGreaterThan(0);
    const m = clocks.mono();
    await new Promise((r) => setTimeout(r, 30));
    expect(clocks.boot()!.uptimeMs).toBeGreaterThanOrEqual(a.uptimeMs);
    expect(clocks.mono()).toBeGreaterThan(m);
  });
});

describe('forged clock evidence in a bundle', () => {
  function bundleWithClockEvent(event: Record<string, unknown>): string {
    const { c, s } = fresh();
    work(s, c, MIN);
    s.submit();
    const out = join(tempDir(), 'b.assay-submission');
    createBundle(s, { out });
    return mutateContainer(out, (doc) => {
      const entry = doc.entries.find((e) => e.path === 'activity.json')!;
      const events = JSON.parse(String(entry.content)) as unknown[];
      entry.content = JSON.stringify([...events, event]);
      return reseal(doc);
    });
  }
  const base = { type: 'clock', t: Date.UTC(2025, 0, 6, 9, 0, 30), kind: 'wall_back', deltaMs: -5000, during: 'running', wall: 1 };

  it('refuses an unknown kind, an absurd size, extra keys and a prototype key', () => {
    for (const bad of [
      { ...base, kind: '<img src=x onerror=alert(1)>' },
      { ...base, deltaMs: 1e300 },
      { ...base, deltaMs: 1.5 },
      { ...base, note: 'hello' },
      JSON.parse(`{"type":"clock","t":1,"kind":"reboot","deltaMs":1,"during":"closed","wall":1,"__proto__":{"severity":"info"}}`),
    ]) {
      expect(() => readBundle(bundleWithClockEvent(bad)), JSON.stringify(bad)).toThrow();
    }
  });

  it('a well-formed forged event is shown for what it says, with a severity from its size', () => {
    const { bundle } = readBundle(bundleWithClockEvent({ ...base, deltaMs: -11 * MIN }));
    expect(activityFlags(bundle).filter((f) => f.code.startsWith('clock_')).map((f) => f.severity)).toEqual(['critical']);
  });
});
