// One assessment issued to several candidates through the real interviewer handlers: a personal pack each (own pack
// id, own register record), all under one assessment id; a broken selection issues nothing; the request contract
// refuses duplicate and empty names; a damaged groups file is reported, not replaced.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { methods } from '../../../core/common/contract.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function interviewer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'assay-issue-'));
  dirs.push(dataDir);
  return { dataDir, h: createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {} }) };
}

describe('issuePacks', () => {
  it('issues a personal, registered pack to each candidate, grouped under one assessment id', async () => {
    const { h } = interviewer();
    const out = await h.issuePacks(
      { title: 'Backend screen', timeLimitMinutes: 45, exerciseIds: ['go-log-sections'], candidates: [{ name: 'Ada Lovelace', email: 'ada@example.com' }, { name: '__proto__' }, { name: 'constructor' }] },
      ctx,
    );
    expect(out.files).toHaveLength(3);
    expect(new Set(out.issued.map((a) => a.id)).size).toBe(3);
    expect(out.issued.every((a) => a.groupId === out.groupId && a.title === 'Backend screen')).toBe(true);
    expect(out.files[0]!.fileName).toBe('ada-lovelace-backend-screen.assay-pack');
    expect(out.files.every((f) => f.fileName.endsWith('-backend-screen.assay-pack'))).toBe(true);
    // each pack names its own candidate
    const packedName = (data: string) => {
      const doc = JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as { entries: { path: string; content: string }[] };
      return (JSON.parse(doc.entries.find((e) => e.path === 'assessment.json')!.content) as { candidateName: string }).candidateName;
    };
    expect(out.files.map((f) => packedName(f.data))).toEqual(['Ada Lovelace', '__proto__', 'constructor']);
    expect(out.issued.map((a) => a.candidateName)).toEqual(['Ada Lovelace', '__proto__', 'constructor']);
    // each is in the register (its record exports)
    for (const a of out.issued) expect((await h.exportPackRecord({ assessmentId: a.id }, ctx)).fileName).toMatch(/\.assay-record\.json$/);
    const listed = await h.listAssessments({}, ctx);
    expect(listed.filter((a) => a.groupId === out.groupId)).toHaveLength(3);
    expect(listed.find((a) => a.candidateName === 'Ada Lovelace')?.email).toBe('ada@example.com');
    // a pack exported alone is its own assessment
    const single = await h.exportPack({ candidateName: 'Lin', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'] }, ctx);
    expect((await h.listAssessments({}, ctx)).find((a) => a.id === single.assessment.id)?.groupId).toBe(single.assessment.id);
  });

  it('a broken selection fails once and issues nothing', async () => {
    const { h } = interviewer();
    await expect(h.issuePacks({ timeLimitMinutes: 30, exerciseIds: ['no-such-exercise'], candidates: [{ name: 'A' }, { name: 'B' }] }, ctx)).rejects.toThrow(/no-such-exercise/);
    expect(await h.listAssessments({}, ctx)).toEqual([]);
  });

  it('the contract refuses duplicate (case-insensitive), empty and too many names', () => {
    const base = { timeLimitMinutes: 30, exerciseIds: ['go-log-sections'] };
    expect(methods.issuePacks.request.safeParse({ ...base, candidates: [{ name: 'Ada' }, { name: ' ada ' }] }).success).toBe(false);
    expect(methods.issuePacks.request.safeParse({ ...base, candidates: [{ name: '  ' }] }).success).toBe(false);
    expect(methods.issuePacks.request.safeParse({ ...base, candidates: [] }).success).toBe(false);
    expect(methods.issuePacks.request.safeParse({ ...base, candidates: Array.from({ length: 501 }, (_, i) => ({ name: `c${i}` })) }).success).toBe(false);
    expect(methods.issuePacks.request.safeParse({ ...base, candidates: [{ name: 'Ada', admin: true }] }).success).toBe(false);
  });

  it('a damaged groups file is reported with what to do, not silently replaced', async () => {
    const { h, dataDir } = interviewer();
    await h.exportPack({ candidateName: 'Lin', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'] }, ctx);
    writeFileSync(join(dataDir, 'interviewer', 'groups.json'), JSON.stringify({ schema: 'assay.assessment-groups/1', packs: [{ packId: '__proto__', groupId: 'x' }] }));
    await expect(h.listAssessments({}, ctx)).rejects.toThrow(/groups\.json is damaged/);
  });
});
