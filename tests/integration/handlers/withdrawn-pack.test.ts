// The app's side of a withdrawn pack: importing a bundle of it warns pack_withdrawn (critical), the candidate's
// scorecard carries the flag with when and why, the HTML scorecard shows the reason as text (never markup), and a
// withdrawal made by another process (`assay register withdraw` while the app runs) is seen without a restart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { ReviewStore } from '../../../core/node/handlers/review-store.ts';
import { Review } from '../../../core/node/handlers/review.ts';
import { renderHtml } from '../../../core/node/scorecard/html.ts';
import { addReviewExercise, cleanup, makeBundle, makeLibrary, tempDir } from '../../unit/assessment/helpers.ts';

afterAll(cleanup);

const REVIEW_ID = 'go-review-retry';
const REASON = 'leaked <img src=x onerror=alert(1)> & co';

describe('a withdrawn pack in the app', () => {
  it('warns on import, flags the scorecard, escapes the reason, and clears on reinstate', async () => {
    const lib = makeLibrary();
    addReviewExercise(lib);
    const store = new ReviewStore(tempDir('assay-app-data-'), () => {});
    const b = await makeBundle(lib, { candidate: 'Ada', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' }, register: store.register });
    const packId = b.session.pack.assessment.id;
    // The CLI withdraws through its own Register on the same directory while the app holds one.
    new Register(store.register.dir).withdraw(packId, REASON, new Date('2026-04-05T06:07:08Z'));

    const imported = store.import('ada.assay-submission', readFileSync(b.path));
    expect(imported.ok).toBe(true);
    const warning = imported.ok ? imported.warnings.find((w) => w.code === 'pack_withdrawn') : undefined;
    expect(warning).toEqual({ code: 'pack_withdrawn', severity: 'critical', message: `pack withdrawn on 2026-04-05 06:07 UTC: ${REASON}` });

    const review = new Review(store, lib);
    const card = review.scorecard(b.digest);
    expect(card.flags.filter((f) => f.code === 'pack_withdrawn')).toEqual([warning]);
    const html = renderHtml(card);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<li class="critical">pack withdrawn on 2026-04-05 06:07 UTC: leaked &lt;img src&#61;x onerror&#61;alert(1)&gt; &amp; co</li>');

    new Register(store.register.dir).reinstate(packId);
    expect(review.scorecard(b.digest).flags.map((f) => f.code)).not.toContain('pack_withdrawn');
  }, 60_000);
});

describe('withdrawPack through the handler table', () => {
  it('withdraws and reinstates an exported pack; listAssessments shows it; unknown ids and stray reasons are refused', async () => {
    const { createHandlers } = await import('../../../core/node/handlers.ts');
    const { JsonFileStore } = await import('../../../core/node/store/json-file.ts');
    const { methods } = await import('../../../core/common/contract.ts');
    const dataDir = tempDir('assay-withdraw-handlers-');
    const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
    const h = createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {} });
    const ctx = { emit: () => {} };
    const { assessment } = await h.exportPack({ candidateName: 'Ada', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], title: 'Screen' }, ctx);
    expect((await h.listAssessments({}, ctx))[0]!.withdrawn).toBeNull();
    const w = await h.withdrawPack({ packId: assessment.id, withdrawn: true, reason: 'sent to the wrong <b>person</b>' }, ctx);
    expect(w).toEqual({ packId: assessment.id, withdrawn: { at: expect.stringMatching(/^\d{4}-/), reason: 'sent to the wrong <b>person</b>' } });
    expect((await h.listAssessments({}, ctx))[0]!.withdrawn).toEqual(w.withdrawn);
    expect(new Register(join(dataDir, 'interviewer', 'register')).get(assessment.id)!.record.withdrawn).toEqual(w.withdrawn);
    await expect(h.withdrawPack({ packId: assessment.id, withdrawn: true }, ctx)).rejects.toThrow(/already withdrawn/);
    await expect(h.withdrawPack({ packId: assessment.id, withdrawn: false, reason: 'x' }, ctx)).rejects.toThrow(/when withdrawing/);
    await expect(h.withdrawPack({ packId: 'not-a-real-pack', withdrawn: true }, ctx)).rejects.toThrow(/no pack not-a-real-pack in the register/);
    expect(await h.withdrawPack({ packId: assessment.id, withdrawn: false }, ctx)).toEqual({ packId: assessment.id, withdrawn: null });
    expect((await h.listAssessments({}, ctx))[0]!.withdrawn).toBeNull();
    // The contract is strict: unknown keys, an over-long reason and a non-id are refused before any handler runs.
    const req = methods.withdrawPack.request;
    expect(req.safeParse({ packId: assessment.id, withdrawn: true, extra: 1 }).success).toBe(false);
    expect(req.safeParse({ packId: assessment.id, withdrawn: true, reason: 'x'.repeat(501) }).success).toBe(false);
    expect(req.safeParse({ packId: '../register', withdrawn: true }).success).toBe(false);
    expect(req.safeParse({ packId: assessment.id, withdrawn: true, reason: 'ok' }).success).toBe(true);
  }, 60_000);
});

describe('a withdrawn pack cannot be sent again', () => {
  it('downloadPack and savePacks refuse it (before any dialog) until it is reinstated', async () => {
    const { createHandlers } = await import('../../../core/node/handlers.ts');
    const { JsonFileStore } = await import('../../../core/node/store/json-file.ts');
    const dataDir = tempDir('assay-withdraw-download-');
    const folder = tempDir('assay-withdraw-folder-');
    const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
    let asked = 0;
    const chooseSaveFolder = async () => (asked++, folder);
    const h = createHandlers({ libraryDir, store: new JsonFileStore(join(dataDir, 'store.json')), mode: 'interviewer', dataDir, log: () => {}, chooseSaveFolder });
    const ctx = { emit: () => {} };
    const ada = (await h.exportPack({ candidateName: 'Ada', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], title: 'Screen' }, ctx)).assessment.id;
    const bob = (await h.exportPack({ candidateName: 'Bob', timeLimitMinutes: 30, exerciseIds: ['go-log-sections'], title: 'Screen' }, ctx)).assessment.id;
    const before = await h.downloadPack({ assessmentId: ada }, ctx);
    await h.withdrawPack({ packId: ada, withdrawn: true, reason: 'sent to the wrong <b>person</b>' }, ctx);

    await expect(h.downloadPack({ assessmentId: ada }, ctx)).rejects.toThrow(/^Ada's pack withdrawn on \d{4}-\d\d-\d\d \d\d:\d\d UTC: sent to the wrong <b>person<\/b>; reinstate it to send it again$/);
    await expect(h.savePacks({ assessmentIds: [bob, ada] }, ctx)).rejects.toThrow(/Ada's pack withdrawn .*: no pack was saved$/);
    expect(asked).toBe(0);
    expect(readdirSync(folder)).toEqual([]);
    expect((await h.savePacks({ assessmentIds: [bob] }, ctx)).status).toBe('saved');

    await h.withdrawPack({ packId: ada, withdrawn: false }, ctx);
    expect(await h.downloadPack({ assessmentId: ada }, ctx)).toEqual(before);
  }, 60_000);
});
