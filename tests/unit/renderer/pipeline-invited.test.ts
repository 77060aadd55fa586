import { describe, expect, it } from 'vitest';
import { assessmentOptions, filterInvited, filterRows, invitedPacks, NO_FILTER, stageCounts } from '../../../renderer/src/interviewer/state/pipeline.ts';

const row = (packId: string, candidate: string, gradedAt: string | null = null) => ({ packId, assessmentId: packId, assessmentTitle: 'Backend', candidate, gradedAt, recommendation: null });
const pack = (id: string, candidateName: string, submissions = 0) => ({ id, candidateName, title: 'Backend', submissions });

describe('pipeline with invited candidates and assessment ids', () => {
  const groups = new Map([['p1', 'g1'], ['p2', 'g1'], ['p3', 'g1'], ['p9', 'g2']]);
  const rows = [row('p1', 'Ada', '2026-01-01'), row('p9', 'Lin')];
  const packs = [pack('p1', 'Ada', 1), pack('p2', 'Grace'), pack('p3', 'Edsger'), pack('p9', 'Lin')];
  it('invited: a pack issued with nothing back, even when the list has not counted the import yet', () => {
    expect(invitedPacks(packs, rows).map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(stageCounts(rows, 2)).toEqual({ invited: 2, 'to-grade': 1, 'to-decide': 1, decided: 0 });
  });
  it('filters by the assessment id packs were issued under, not the pack id', () => {
    const f = { ...NO_FILTER, assessment: 'g1' };
    expect(filterRows(rows, f, groups).map((r) => r.candidate)).toEqual(['Ada']);
    expect(filterInvited(invitedPacks(packs, rows), f, groups).map((p) => p.candidateName)).toEqual(['Grace', 'Edsger']);
    expect(filterInvited(invitedPacks(packs, rows), { ...f, stage: 'to-grade' }, groups)).toEqual([]);
    expect(filterInvited(invitedPacks(packs, rows), { ...f, query: 'edsg' }, groups).map((p) => p.candidateName)).toEqual(['Edsger']);
    expect(assessmentOptions(rows, groups).map((o) => o.id)).toEqual(['g1', 'g2']);
  });
});
