// One session per pack, through the handler table: restarting the app or opening the same pack again resumes the
// same session and clock (never a fresh one), every resume is in the bundle; a pack reopened after submitting and
// submitted twice lands in one candidate row listing both submissions, flagged; rows can be archived and deleted.
// Then hostile file names (`constructor`, `toString`, `hasOwnProperty`, `__proto__`) through import, dashboard,
// detail, replay and every export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { Handlers, HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { reseal, type RawDoc } from '../../unit/assessment/helpers.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
let root: string;
let now = Date.parse('2026-03-02T09:00:00Z');
const clock = () => now;

const interviewer = (): Handlers => {
  const dataDir = join(root, 'interviewer');
  return createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {} });
};
let running: AbortController | null = null;
const candidate = (): Handlers => {
  running?.abort();
  running = new AbortController();
  const dataDir = join(root, 'candidate');
  mkdirSync(join(dataDir, 'no-library'), { recursive: true });
  return createHandlers({ libraryDir: join(dataDir, 'no-library'), store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'candidate', dataDir, clock, shutdown: running.signal, log: () => {} });
};

beforeAll(() => void (root = mkdtempSync(join(tmpdir(), 'assay-one-session-'))));
afterAll(() => {
  running?.abort();
  rmSync(root, { recursive: true, force: true });
});

const activityOf = (bundleB64: string) => {
  const doc = JSON.parse(gunzipSync(Buffer.from(bundleB64, 'base64')).toString('utf8')) as RawDoc;
  return JSON.parse(String(doc.entries.find((e) => e.path === 'activity.json')!.content)) as { type: string; after?: string }[];
};

describe('one session per pack', () => {
  let pack = '';
  let packId = '';
  const bundles: string[] = [];

  it('restart and reopen resume the same session and clock; resumes are recorded', async () => {
    const out = await interviewer().exportPack({ candidateName: 'Ada Lovelace', timeLimitMinutes: 30, exerciseIds: ['go-log-sections', 'ruby-reference-extractor'], title: 'Screen' }, ctx);
    pack = out.file.data;
    packId = out.assessment.id;
    let h = candidate();
    const ready = await h.openPack({ fileName: 'ada.assay-pack', data: pack }, ctx);
    if (ready.phase !== 'ready') throw new Error('not ready');
    const started = await h.startSession({ digest: ready.pack.digest }, ctx);
    if (started.phase !== 'active') throw new Error('not active');
    now += 5 * 60_000;
    h = candidate(); // the app is closed and started again
    const again = await h.openPack({ fileName: 'ada.assay-pack', data: pack }, ctx); // and the pack opened again
    if (again.phase !== 'active') throw new Error(`expected the same active session, got ${again.phase}`);
    expect(again.clock.startedAt).toBe(started.clock.startedAt);
    expect(again.clock.deadline).toBe(started.clock.deadline);
    expect(again.clock.remainingMs).toBe(25 * 60_000);
    now += 60_000;
    await h.submitSession({}, ctx);
    const b1 = await h.downloadSubmission({}, ctx);
    expect(activityOf(b1.data).filter((e) => e.type === 'session_resumed').map((e) => e.after)).toEqual(['closed', 'closed']);
    expect(activityOf(b1.data).filter((e) => e.type === 'session_started')).toHaveLength(1);
    bundles.push(b1.data);
    await h.finishSession({}, ctx);
  });

  it('a submitted pack opened again is the same submitted session; its next bundle carries the resume', async () => {
    now += 60_000;
    const h = candidate();
    const st = await h.openPack({ fileName: 'ada.assay-pack', data: pack }, ctx);
    expect(st.phase).toBe('submitted');
    const b2 = await h.downloadSubmission({}, ctx);
    expect(b2.data).not.toBe(bundles[0]);
    expect(activityOf(b2.data).at(-1)).toMatchObject({ type: 'session_resumed', after: 'submitted' });
    bundles.push(b2.data);
    await h.finishSession({}, ctx);
  });

  it('two bundles for one pack: one row, both submissions listed, flagged; archive and delete', async () => {
    const i = interviewer();
    for (const [n, data] of bundles.entries()) expect(await i.importBundle({ fileName: `b${n}.assay-submission`, data }, ctx)).toMatchObject({ ok: true, duplicate: false });
    const dash = await i.dashboard({}, ctx);
    expect(dash.rows).toHaveLength(1);
    const row = dash.rows[0]!;
    expect(row).toMatchObject({ packId, candidate: 'Ada Lovelace', archived: false, origin: 'this_register', error: null });
    expect(row.submissions).toHaveLength(2);
    expect(new Set(row.submissions.map((s) => s.sessionId)).size).toBe(1);
    const codes = row.flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['submitted_twice', 'resumed_after_submission']));
    expect(codes).not.toContain('started_more_than_once');
    const detail = await i.candidateDetail({ digest: row.digest }, ctx);
    expect(detail.scorecard.timeline.filter((e) => e.type === 'session_resumed')).toHaveLength(3);
    await i.archiveCandidate({ packId, archived: true }, ctx);
    expect((await i.dashboard({}, ctx)).rows[0]!.archived).toBe(true);
    expect(await i.deleteCandidate({ packId }, ctx)).toEqual({ packId, deleted: 2 });
    expect((await i.dashboard({}, ctx)).rows).toEqual([]);
  });
});

describe('untrusted keys never reach a prototype', () => {
  it('constructor / toString / hasOwnProperty as file names through import, dashboard, detail, replay and exports; __proto__ refused', { timeout: 60_000 }, async () => {
    const i = interviewer();
    const raw = JSON.parse(gunzipSync(Buffer.from((await (async () => {
      const out = await i.exportPack({ candidateName: 'constructor', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], title: 'toString' }, ctx);
      const h = candidate();
      const r = await h.openPack({ fileName: 'p.assay-pack', data: out.file.data }, ctx);
      if (r.phase !== 'ready') throw new Error(r.phase);
      await h.startSession({ digest: r.pack.digest }, ctx);
      await h.submitSession({}, ctx);
      const b = await h.downloadSubmission({}, ctx);
      await h.finishSession({}, ctx);
      return b;
    })()).data, 'base64')).toString('utf8')) as RawDoc;
    const forge = (name: string) => {
      const doc = structuredClone(raw);
      const sub = JSON.parse(String(doc.entries.find((e) => e.path === 'submission.json')!.content));
      sub.exercises[0].editable = [name, 'sections.go'];
      doc.entries.find((e) => e.path === 'submission.json')!.content = JSON.stringify(sub);
      doc.entries.push({ path: `code/go-log-sections/${name}`, type: 'file', content: 'package x\n' });
      const snaps = doc.entries.find((e) => e.path === 'snapshots/go-log-sections.json')!;
      const list = JSON.parse(String(snaps.content));
      list[0].changes = JSON.parse(`{${JSON.stringify(name)}: [["package x", ""]], ${JSON.stringify(list[0].changes).slice(1)}`);
      snaps.content = JSON.stringify(list);
      return gzipSync(JSON.stringify(reseal(doc))).toString('base64');
    };
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const r = await i.importBundle({ fileName: `${name}.assay-submission`, data: forge(name) }, ctx);
      expect(r, name).toMatchObject({ ok: true });
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code), name).not.toContain('replay_broken');
      const dash = await i.dashboard({}, ctx);
      const row = dash.rows.find((x) => x.submissions.some((s) => s.digest === r.digest))!;
      expect(row.error, name).toBeNull();
      const detail = await i.candidateDetail({ digest: r.digest }, ctx);
      expect(detail.exercises[0]!.final[name]).toBe('package x\n');
      expect(Object.hasOwn(detail.exercises[0]!.starter, name)).toBe(true);
      expect((await i.replaySnapshot({ digest: r.digest, exerciseId: 'go-log-sections', i: 0 }, ctx)).files[name]).toBe('package x\n');
      for (const format of name === 'constructor' ? (['html', 'md', 'json', 'pdf'] as const) : (['html', 'md', 'json'] as const)) {
        expect((await i.exportScorecard({ digest: r.digest, format }, ctx)).data.length, format).toBeGreaterThan(100);
      }
      expect(Buffer.from((await i.exportCsv({ assessmentId: row.packId }, ctx)).data, 'base64').toString('utf8')).toContain('constructor');
    }
    const proto = await i.importBundle({ fileName: 'proto.assay-submission', data: forge('__proto__') }, ctx);
    expect(proto).toMatchObject({ ok: false, code: 'unsafe_path' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('each bundle on its own', () => {
  it('a damaged stored submission becomes an error line; the other rows still show', async () => {
    const i = interviewer();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'interviewer', 'interviewer', 'bundles', `${'e'.repeat(64)}.assay-submission`), 'damaged on disk');
    const dash = await i.dashboard({}, ctx);
    expect(dash.rows.length).toBeGreaterThan(0);
    expect(dash.unreadable).toEqual([{ file: `${'e'.repeat(64)}.assay-submission`, error: expect.stringMatching(/gzip/) }]);
  });

  it("a bundle of a pack this register never issued is a row with its error, in the dashboard and the CSV", { timeout: 60_000 }, async () => {
    const otherDir = join(root, 'other-interviewer');
    const other = createHandlers({ libraryDir, store: new JsonFileStore(join(otherDir, 'store.json')), mode: 'interviewer', dataDir: otherDir, log: () => {} });
    const out = await other.exportPack({ candidateName: 'Grace Hopper', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], title: 'Elsewhere' }, ctx);
    const h = candidate();
    const r = await h.openPack({ fileName: 'g.assay-pack', data: out.file.data }, ctx);
    if (r.phase !== 'ready') throw new Error(r.phase);
    await h.startSession({ digest: r.pack.digest }, ctx);
    await h.submitSession({}, ctx);
    const b = await h.downloadSubmission({}, ctx);
    await h.finishSession({}, ctx);
    const i = interviewer();
    const imported = await i.importBundle({ fileName: 'grace.assay-submission', data: b.data }, ctx);
    expect(imported.ok && imported.warnings[0]).toMatchObject({ code: 'pack_not_issued', severity: 'critical' });
    const row = (await i.dashboard({}, ctx)).rows.find((x) => x.packId === out.assessment.id)!;
    expect(row.error).toMatch(/was not issued from this register/);
    expect(row.origin).toBe('unverified');
    const csv = Buffer.from((await i.exportCsv({ assessmentId: out.assessment.id }, ctx)).data, 'base64').toString('utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^Grace Hopper,.*not scored: pack .* was not issued from this register/);
    // after importing the issuing interviewer's record it grades, and says so
    const rec = await other.exportPackRecord({ assessmentId: out.assessment.id }, ctx);
    expect(await i.importPackRecord({ fileName: rec.fileName, data: rec.data }, ctx)).toMatchObject({ packId: out.assessment.id, origin: 'imported' });
    const after = (await i.dashboard({}, ctx)).rows.find((x) => x.packId === out.assessment.id)!;
    expect(after).toMatchObject({ error: null, origin: 'imported' });
    expect(after.flags.map((f) => f.code)).toContain('pack_imported');
  });
});
