// savePacks through the real interviewer handlers: packs issued by issuePacks, then written into the folder an
// injected dialog answers with. Each file is byte-identical to downloadPack's; existing files are never replaced;
// hostile candidate names stay inside the folder; an unknown id fails before the dialog with nothing written; a
// cancelled dialog writes nothing; no dialog (the harness) answers 'unavailable'.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { methods } from '../../../core/common/contract.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

function interviewer(extra: Partial<HandlerDeps> = {}) {
  const dataDir = temp('assay-save-packs-');
  return createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {}, ...extra });
}

async function issue(h: ReturnType<typeof interviewer>, names: string[]) {
  const out = await h.issuePacks({ title: 'Backend screen', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], candidates: names.map((name) => ({ name })) }, ctx);
  return out.issued.map((a) => a.id);
}

/** A dialog that answers `folder` and counts how often it was shown. */
function dialog(folder: string | null) {
  const shown: number[] = [];
  return { shown, chooseSaveFolder: async (count: number) => (shown.push(count), folder) };
}

describe('savePacks', () => {
  it('writes every pack into the chosen folder, byte-identical to downloadPack, after one dialog', async () => {
    const folder = temp('assay-packs-out-');
    const d = dialog(folder);
    const h = interviewer({ chooseSaveFolder: d.chooseSaveFolder });
    const ids = await issue(h, ['Ada Lovelace', 'Lin', 'Grace Hopper']);
    const out = await h.savePacks({ assessmentIds: ids }, ctx);
    expect(d.shown).toEqual([3]);
    expect(out.status).toBe('saved');
    expect(out.folder).toBe(folder);
    expect(out.saved.map((s) => s.assessmentId)).toEqual(ids);
    expect(readdirSync(folder).sort()).toEqual(out.saved.map((s) => s.fileName).sort());
    for (const s of out.saved) {
      const dl = await h.downloadPack({ assessmentId: s.assessmentId }, ctx);
      expect(s.fileName).toBe(dl.fileName);
      expect(readFileSync(join(folder, s.fileName)).equals(Buffer.from(dl.data, 'base64'))).toBe(true);
    }
  });

  it('never replaces an existing file: " (2)", " (3)" before the extension', async () => {
    const folder = temp('assay-packs-out-');
    const h = interviewer({ chooseSaveFolder: dialog(folder).chooseSaveFolder });
    const [id] = await issue(h, ['Ada Lovelace']);
    const name = 'ada-lovelace-backend-screen.assay-pack';
    writeFileSync(join(folder, name), 'mine');
    mkdirSync(join(folder, 'ada-lovelace-backend-screen (2).assay-pack'));
    const first = await h.savePacks({ assessmentIds: [id!] }, ctx);
    const second = await h.savePacks({ assessmentIds: [id!, id!] }, ctx);
    expect(first.saved.map((s) => s.fileName)).toEqual(['ada-lovelace-backend-screen (3).assay-pack']);
    // a repeated id is saved once
    expect(second.saved.map((s) => s.fileName)).toEqual(['ada-lovelace-backend-screen (4).assay-pack']);
    expect(readFileSync(join(folder, name), 'utf8')).toBe('mine');
    const pack = Buffer.from((await h.downloadPack({ assessmentId: id! }, ctx)).data, 'base64');
    expect(readFileSync(join(folder, 'ada-lovelace-backend-screen (4).assay-pack')).equals(pack)).toBe(true);
    expect(readdirSync(folder).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('hostile candidate names stay inside the folder', async () => {
    const root = temp('assay-packs-root-');
    const folder = join(root, 'out');
    mkdirSync(folder);
    const h = interviewer({ chooseSaveFolder: dialog(folder).chooseSaveFolder });
    const names = ['../../x', 'a/b', 'CON', '..', 'x'.repeat(200), 'nul\u0000byte\u0007bell\u001b[31m', 'C:\\Windows\\evil', '.hidden', '\u202Eexe.kcap'];
    const ids = await issue(h, names);
    const out = await h.savePacks({ assessmentIds: ids }, ctx);
    expect(out.saved).toHaveLength(names.length);
    expect(readdirSync(root)).toEqual(['out']);
    const written = readdirSync(folder);
    expect(written.sort()).toEqual(out.saved.map((s) => s.fileName).sort());
    for (const n of written) {
      expect(n).not.toMatch(/[/\\\0-\u001f]|^\.|^con(\.|$)/i);
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(200);
      expect(n.endsWith('.assay-pack')).toBe(true);
    }
  });

  it('an unknown id fails before the dialog, and nothing is written', async () => {
    const folder = temp('assay-packs-out-');
    const d = dialog(folder);
    const h = interviewer({ chooseSaveFolder: d.chooseSaveFolder });
    const ids = await issue(h, ['Ada']);
    await expect(h.savePacks({ assessmentIds: [ids[0]!, 'no-such-pack-0000'] }, ctx)).rejects.toThrow(/no exported assessment no-such-pack-0000: no pack was saved/);
    expect(d.shown).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a cancelled dialog writes nothing; no dialog at all answers unavailable', async () => {
    const h = interviewer({ chooseSaveFolder: dialog(null).chooseSaveFolder });
    const ids = await issue(h, ['Ada', 'Lin']);
    expect(await h.savePacks({ assessmentIds: ids }, ctx)).toEqual({ status: 'cancelled', folder: null, saved: [] });
    const harness = interviewer();
    const hid = await issue(harness, ['Ada']);
    expect(await harness.savePacks({ assessmentIds: hid }, ctx)).toEqual({ status: 'unavailable', folder: null, saved: [] });
  });

  it('a folder that is not a directory is refused with nothing written', async () => {
    const root = temp('assay-packs-root-');
    writeFileSync(join(root, 'file'), 'x');
    const h = interviewer({ chooseSaveFolder: dialog(join(root, 'file')).chooseSaveFolder });
    const ids = await issue(h, ['Ada']);
    await expect(h.savePacks({ assessmentIds: ids }, ctx)).rejects.toThrow(/is not a folder/);
    expect(readdirSync(root)).toEqual(['file']);
  });

  it('is refused in candidate mode', async () => {
    const dataDir = temp('assay-save-packs-cand-');
    const h = createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 's.json')), mode: 'candidate', dataDir, log: () => {}, chooseSaveFolder: async () => dataDir });
    await expect(h.savePacks({ assessmentIds: ['abcdefgh'] }, ctx)).rejects.toThrow(/not available in candidate mode/);
  });

  it('the contract takes 1 to 500 assessment ids and nothing else', () => {
    const ok = (r: unknown) => methods.savePacks.request.safeParse(r).success;
    expect(ok({ assessmentIds: ['abcdefgh-1234'] })).toBe(true);
    expect(ok({ assessmentIds: [] })).toBe(false);
    expect(ok({ assessmentIds: Array.from({ length: 501 }, (_, i) => `pack-${String(i).padStart(4, '0')}`) })).toBe(false);
    expect(ok({ assessmentIds: Array.from({ length: 500 }, (_, i) => `pack-${String(i).padStart(4, '0')}`) })).toBe(true);
    for (const bad of ['../../etc/passwd', 'a/b/c/d/e/f', 'short', 'x'.repeat(65), 'abcdefgh\u0000']) expect(ok({ assessmentIds: [bad] })).toBe(false);
    expect(ok({ assessmentIds: ['abcdefgh-1234'], folder: '/tmp' })).toBe(false);
  });
});
