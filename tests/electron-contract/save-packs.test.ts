// savePacks through the BUILT preload and main (interviewer mode) against the recording `electron` stand-in: one
// native folder dialog (a directory, may create one), every pack written into the folder it answers, a cancelled
// dialog writes nothing, and main refuses hostile ids before any dialog.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { rec, FakeBrowserWindow } from './fake-electron.ts';
import { built, connect, runPreload, startMain } from './boot.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);
vi.mock('electron-store', async () => await import('./fake-store.ts'));

type Api = Record<string, (arg?: unknown) => Promise<unknown>>;

describe.skipIf(!built)('savePacks in the built desktop app', () => {
  let r: typeof rec;
  let api: Api;
  const folder = mkdtempSync(join(tmpdir(), 'assay-electron-packs-'));

  beforeAll(async () => {
    process.env.ASSAY_MODE = 'interviewer';
    r = await startMain(true);
    const win = r.windows[0] as FakeBrowserWindow;
    api = runPreload();
    connect(r, win);
  });
  afterAll(() => {
    for (const k of ['ASSAY_MODE', 'ASSAY_LIBRARY', 'ASSAY_USER_DATA']) delete process.env[k];
    rmSync(folder, { recursive: true, force: true });
  });

  const issue = async () => {
    const out = (await api.issuePacks!({ title: 'Backend screen', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], candidates: [{ name: 'Ada' }, { name: 'Lin' }] })) as { issued: { id: string }[] };
    return out.issued.map((a) => a.id);
  };

  it('asks once for a folder and writes every pack there, as downloadPack would hand it out', async () => {
    const ids = await issue();
    r.dialogs.length = 0;
    r.dialogAnswer = { canceled: false, filePaths: [folder] };
    const out = (await api.savePacks!({ assessmentIds: ids })) as { status: string; folder: string; saved: { assessmentId: string; fileName: string }[] };
    expect(out.status).toBe('saved');
    expect(out.folder).toBe(folder);
    expect(r.dialogs).toHaveLength(1);
    const opts = r.dialogs[0]!.at(-1) as { properties: string[]; title: string };
    expect(opts.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(opts.title).toMatch(/2 assessment packs/);
    expect(readdirSync(folder).sort()).toEqual(['ada-backend-screen.assay-pack', 'lin-backend-screen.assay-pack']);
    for (const s of out.saved) {
      const dl = (await api.downloadPack!({ assessmentId: s.assessmentId })) as { data: string };
      expect(readFileSync(join(folder, s.fileName)).equals(Buffer.from(dl.data, 'base64'))).toBe(true);
    }
  });

  it('a cancelled dialog saves nothing', async () => {
    const ids = await issue();
    const before = readdirSync(folder).sort();
    r.dialogAnswer = { canceled: true, filePaths: [] };
    expect(await api.savePacks!({ assessmentIds: ids })).toEqual({ status: 'cancelled', folder: null, saved: [] });
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('main refuses hostile or missing ids before any dialog', async () => {
    r.dialogs.length = 0;
    r.dialogAnswer = { canceled: false, filePaths: [folder] };
    for (const bad of [{ assessmentIds: ['../../etc/passwd'] }, { assessmentIds: [] }, { assessmentIds: 'abcdefgh' }, {}]) {
      await expect(api.savePacks!(bad)).rejects.toThrow(/^invalid request for interviewer:save-packs: /);
    }
    await expect(api.savePacks!({ assessmentIds: ['abcdefgh-0000'] })).rejects.toThrow(/no exported assessment abcdefgh-0000/);
    expect(r.dialogs).toEqual([]);
  });
});
