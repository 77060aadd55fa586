import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { calibrateTimeLimit, TIME_LIMIT_FLOOR_MS } from '../../../core/node/check/check.ts';
import { mapPool } from '../../../core/node/library/pool.ts';
import { loadRequirements } from '../../../core/node/library/requirements.ts';
import { coverageMatrix } from '../../../core/node/library/profiles.ts';

const library = join(import.meta.dirname, '../../../exercises');

describe('calibrateTimeLimit', () => {
  it('is twice the slowest reference run rounded up to 500 ms', () => {
    expect(calibrateTimeLimit(1300)).toBe(3000);
    expect(calibrateTimeLimit(2600)).toBe(5500);
  });
  it('never goes below the floor', () => {
    expect(calibrateTimeLimit(10)).toBe(TIME_LIMIT_FLOOR_MS);
  });
});

describe('mapPool', () => {
  it('keeps input order and never exceeds the worker count', async () => {
    let live = 0;
    let peak = 0;
    const out = await mapPool([30, 5, 20, 1, 10], 2, async (ms, i) => {
      live++;
      peak = Math.max(peak, live);
      await new Promise((r) => setTimeout(r, ms));
      live--;
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});

describe('requirements map', () => {
  const reqs = loadRequirements(library);
  it('gives every line a unique id and every non-assessable line a reason', () => {
    const ids = reqs.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reqs.requirements.filter((r) => !r.assessable).every((r) => (r.reason ?? '').length > 10)).toBe(true);
  });
  it('covers both job descriptions', () => {
    expect(new Set(reqs.requirements.map((r) => r.source)).size).toBe(2);
    expect(reqs.requirements.some((r) => /operating systems and concurrent programming/.test(r.text))).toBe(true);
    expect(reqs.requirements.some((r) => /Ruby gem using TDD/.test(r.text))).toBe(true);
  });
  it('builds a coverage matrix per role', () => {
    const rows = coverageMatrix('sbd', reqs, [{ id: 'go-x', competencies: ['sbd-req-os-concurrency'] }], ['go-x']);
    const row = rows.find((r) => r.requirement === 'sbd-req-os-concurrency');
    expect(row?.inAssessment).toEqual(['go-x']);
    expect(rows.every((r) => r.requirement.startsWith('sbd-'))).toBe(true);
    expect(rows.find((r) => r.requirement === 'sbd-req-values')?.inLibrary).toEqual([]);
  });
});

describe('role profiles', () => {
  it('default assessments are about 90 minutes, mix types, and use existing exercises of the role', async () => {
    const { loadProfiles } = await import('../../../core/node/library/profiles.ts');
    const { findExerciseDirs, loadExercise } = await import('../../../core/node/library/load.ts');
    const exercises = new Map(findExerciseDirs(library).map((d) => loadExercise(d)).map((e) => [e.meta.id, e.meta]));
    const profiles = loadProfiles(library);
    expect(profiles.map((p) => p.role).sort()).toEqual(['dev', 'sbd']);
    for (const p of profiles) {
      const metas = p.exercises.map((id) => exercises.get(id));
      expect(metas.every(Boolean), `${p.id} names a missing exercise`).toBe(true);
      const minutes = metas.reduce((n, m) => n + m!.minutes, 0);
      expect(minutes).toBeGreaterThanOrEqual(75);
      expect(minutes).toBeLessThanOrEqual(105);
      expect(new Set(metas.map((m) => m!.type)).size).toBeGreaterThanOrEqual(3);
      expect(metas.every((m) => m!.language === p.language)).toBe(true);
    }
  });
});
