// The candidate page's pure pieces: chart data (bins, peers, time bars, activity lanes), findings in one
// vocabulary, replay playback and scrubber marks, and the kept last run results (hostile storage included).
import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../core/common/assessment.ts';
import type { Flag } from '../../../core/common/results.ts';
import { activityPoints, frameAt, peers, scoreBins, timeBars } from '../../../renderer/src/interviewer/charts/chart-data.ts';
import { findingsHeadline, groupFindings, readableMessage } from '../../../renderer/src/interviewer/state/findings.ts';
import { currentItem, frameDelay, nextFrame, scrubMarks } from '../../../renderer/src/interviewer/state/replay.ts';
import { loadLastRuns, saveLastRuns } from '../../../renderer/src/state/last-runs.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const row = (digest: string, score: number | null, graded = true, assessmentId = 'a1', assessmentTitle = 'Backend') => ({
  digest,
  score,
  gradedAt: graded ? '2026-03-02T10:00:00Z' : null,
  assessmentId,
  assessmentTitle,
});

describe('score distribution', () => {
  it('bins graded scores by ten (100 in the last bin) and marks only this candidate', () => {
    const bins = scoreBins([row('x', 100), row('y', 95), row('z', 0), row('u', null, false), row('w', 49)], 'z');
    expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
    expect(bins.filter((b) => b.mine).map((b) => b.label)).toEqual(['0–9']);
  });
  it('an ungraded candidate is never marked, and a score out of range is clamped', () => {
    expect(scoreBins([row('x', 100, false)], 'x').some((b) => b.mine)).toBe(false);
    expect(scoreBins([row('x', 250), row('y', -5)], 'q').map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
  it('compares with packs issued under the same assessment id, never by title', () => {
    const rows = [row('a', 1, true, 'p1', 'T'), row('b', 1, true, 'p2', 'T'), row('c', 1, true, 'p3', 'T'), row('d', 1, true, 'p4', 'Other')];
    const groups = new Map([['p1', 'g1'], ['p2', 'g1'], ['p4', 'g1']]);
    expect(peers(rows, 'p1', groups).map((r) => r.digest)).toEqual(['a', 'b', 'd']);
    expect(peers(rows, 'p3', groups).map((r) => r.digest)).toEqual(['c']);
    expect(peers(rows, 'p3', new Map()).map((r) => r.digest)).toEqual(['c']);
    expect(peers(rows, 'p9', groups).map((r) => r.digest)).toEqual([]);
  });
});

describe('time and activity', () => {
  it('time bars in minutes with the over-time ones marked', () => {
    expect(timeBars([{ id: 'e', title: 'E', timeSpentMs: 1_530_000, minutes: 25 }])).toEqual([{ id: 'e', title: 'E', used: 25.5, suggested: 25, over: true }]);
  });
  it('every save after the starter is a typing point; focus losses belong to the exercise open then', () => {
    const events: ActivityEvent[] = [
      { type: 'session_started', t: T0, deadline: T0 + 3_600_000 },
      { type: 'exercise_opened', t: T0 + 1000, exerciseId: 'ex-one' },
      { type: 'focus_lost', t: T0 + 60_000 },
      { type: 'paste', t: T0 + 120_000, exerciseId: 'ex-one', file: 'a.go', chars: 400, lines: 16 },
      { type: 'app_closed', t: T0 + 300_000, from: T0 + 200_000, durationMs: 100_000 },
    ];
    const frames = [
      { exerciseId: 'ex-one', t: T0, i: 0 },
      { exerciseId: 'ex-one', t: T0 + 90_000, i: 1 },
    ];
    const pts = activityPoints(events, frames, T0);
    expect(pts.map((p) => [p.lane, p.x, p.exerciseId])).toEqual([
      ['Focus lost', 1, 'ex-one'],
      ['Typing', 1.5, 'ex-one'],
      ['Paste', 2, 'ex-one'],
      ['Resumed', 5, 'ex-one'],
    ]);
    expect(frameAt([{ i: 0, t: T0 }, { i: 1, t: T0 + 90_000 }, { i: 2, t: T0 + 200_000 }], T0 + 120_000)).toBe(1);
    expect(frameAt([{ i: 0, t: T0 }], T0 - 5)).toBe(0);
  });
});

describe('findings', () => {
  const flags: Flag[] = [
    { code: 'session_gap', message: 'x', severity: 'info' },
    { code: 'large_paste', message: 'go-log-sections: pasted 400 characters', severity: 'warning' },
    { code: 'tampered', message: 'bad', severity: 'critical' },
  ];
  it('groups critical first, then needs a look, then information; ids become titles', () => {
    const g = groupFindings(flags, { 'go-log-sections': 'Sections' });
    expect(g.map((x) => x.severity)).toEqual(['critical', 'warning', 'info']);
    expect(g[1]!.findings[0]).toEqual({ code: 'large_paste', name: 'Large paste', message: '“Sections”: pasted 400 characters' });
    expect(findingsHeadline(flags)).toBe('1 critical · 1 to look at · 1 for information');
    expect(findingsHeadline([])).toBe('No integrity findings');
  });
  it('a title is text, and an id like __proto__ in titles changes nothing else', () => {
    const titles = JSON.parse('{"__proto__": "P", "a-b": "<b>x</b>"}') as Record<string, string>;
    expect(readableMessage('a-b and __proto__', titles)).toBe('“<b>x</b>” and “P”');
  });
});

describe('replay', () => {
  it('plays to the last frame and stops; faster speeds shorten the frame', () => {
    expect(nextFrame(0, 3)).toBe(1);
    expect(nextFrame(3, 3)).toBeNull();
    expect(frameDelay(8)).toBeLessThan(frameDelay(1));
  });
  it('marks pastes and runs of this exercise on the scrubber at their frame', () => {
    const steps = [{ i: 0, t: T0 }, { i: 1, t: T0 + 100 }, { i: 2, t: T0 + 200 }];
    const events: ActivityEvent[] = [
      { type: 'paste', t: T0 + 150, exerciseId: 'e1', file: 'a', chars: 3, lines: 1 },
      { type: 'paste', t: T0 + 150, exerciseId: 'other', file: 'a', chars: 3, lines: 1 },
      { type: 'run', t: T0 + 300, exerciseId: 'e1', verdict: 'passed', passed: 1, total: 1 } as ActivityEvent,
    ];
    expect(scrubMarks(events, 'e1', steps).map((m) => [m.kind, m.at, m.frame])).toEqual([
      ['paste', 0.75, 1],
      ['run', 1, 2],
    ]);
    expect(scrubMarks(events, 'e1', [{ i: 0, t: T0 }])).toEqual([]);
    expect(currentItem([{ t: 1 }, { t: 5 }, { t: 9 }], 6)).toBe(1);
    expect(currentItem([{ t: 5 }], 1)).toBe(-1);
  });
});

class MemoryStorage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
  key() {
    return null;
  }
}

describe('last run results', () => {
  const report = { runId: 'r-12345678', verdict: 'passed', tests: [] };
  it('keeps finished runs per scope and brings them back; running ones are not kept', () => {
    const s = new MemoryStorage() as unknown as Storage;
    saveLastRuns('pack-a', { e1: { kind: 'done', runId: 'r-12345678', report: report as never }, e2: { kind: 'running', runId: 'x', phase: 'compiling', output: '', cancelling: false } }, s);
    expect(Object.keys(loadLastRuns('pack-a', s))).toEqual(['e1']);
    expect(loadLastRuns('pack-b', s)).toEqual({});
  });
  it('corrupt or hostile storage is dropped, never trusted', () => {
    const s = new MemoryStorage() as unknown as Storage;
    s.setItem('assay.last-run.p', '{not json');
    expect(loadLastRuns('p', s)).toEqual({});
    expect(s.getItem('assay.last-run.p')).toBeNull();
    s.setItem('assay.last-run.p', JSON.stringify({ __proto__: report, e1: { verdict: 1 }, e2: report }));
    const runs = loadLastRuns('p', s);
    expect(Object.keys(runs)).toEqual(['e2']);
    expect(Object.getPrototypeOf(runs)).toBeNull();
  });
});

describe('builder checks', async () => {
  const { exportAdvice, isPlaceholder, timeWarning } = await import('../../../renderer/src/interviewer/state/builder.ts');
  it('warns only when the limit is below the exercises’ minutes', () => {
    expect(timeWarning(20, 25)).toContain('shorter than the exercises');
    expect(timeWarning(25, 25)).toBeNull();
    expect(timeWarning(Number.NaN, 25)).toBeNull();
  });
  it('placeholder requirement texts are recognised, real ones are not', () => {
    for (const t of ['TODO', ' todo ', 'TBD.', '', '…']) expect(isPlaceholder(t)).toBe(true);
    expect(isPlaceholder('TODO list app in Go')).toBe(false);
  });
  it('an export error that names a broken exercise says which folder to fix', () => {
    const problems = [{ dir: '/lib/go/broken-one', error: 'exercise.json: bad JSON' }];
    expect(exportAdvice('cannot export: /lib/go/broken-one is broken', problems)).toContain('go/broken-one');
    expect(exportAdvice('no exercise with id go-x in /lib', [])).toContain('no longer in the library');
    expect(exportAdvice('disk full', [])).toBeNull();
  });
});
