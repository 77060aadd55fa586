// The renderer's "save all packs": one savePacks call; downloads only when the app has no folder dialog, never
// after a cancelled one; the notice names the count and the folder.
import { describe, expect, it } from 'vitest';
import type { SavePacksResult } from '../../../core/common/lifecycle.ts';
import { saveAllPacks } from '../../../renderer/src/interviewer/state/save-packs.ts';

function run(answer: SavePacksResult, ids = ['pack-0001', 'pack-0002']) {
  const calls: string[][] = [];
  let downloads = 0;
  const done = saveAllPacks(
    async ({ assessmentIds }) => (calls.push(assessmentIds), answer),
    ids,
    async () => void downloads++,
  );
  return done.then((outcome) => ({ outcome, calls, downloads }));
}

describe('saveAllPacks', () => {
  it('saved: no downloads, a notice with the count and the folder', async () => {
    const r = await run({ status: 'saved', folder: '/home/ada/packs', saved: [{ assessmentId: 'pack-0001', fileName: 'a.assay-pack' }, { assessmentId: 'pack-0002', fileName: 'b.assay-pack' }] });
    expect(r).toEqual({ outcome: { how: 'folder', notice: 'Saved 2 packs to /home/ada/packs' }, calls: [['pack-0001', 'pack-0002']], downloads: 0 });
    const one = await run({ status: 'saved', folder: 'C:\\packs', saved: [{ assessmentId: 'pack-0001', fileName: 'a.assay-pack' }] }, ['pack-0001']);
    expect(one.outcome).toEqual({ how: 'folder', notice: 'Saved 1 pack to C:\\packs' });
  });
  it('unavailable (the browser): every pack as a download, no notice', async () => {
    expect(await run({ status: 'unavailable', folder: null, saved: [] })).toMatchObject({ outcome: { how: 'downloads' }, downloads: 1 });
  });
  it('cancelled: nothing at all, no fallback downloads', async () => {
    expect(await run({ status: 'cancelled', folder: null, saved: [] })).toMatchObject({ outcome: { how: 'cancelled' }, downloads: 0 });
  });
  it('no packs: no call, no dialog', async () => {
    expect(await run({ status: 'saved', folder: '/x', saved: [] }, [])).toEqual({ outcome: { how: 'cancelled' }, calls: [], downloads: 0 });
  });
});
