// Big honest edits: a 400,000-line paste and a file at the editor's size limit (MAX_FILE_CHARS) go through
// snapshots, the diff, a session reopen, the bundle and replay without recursion or argument-spreading limits,
// and are never flagged as tampering.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { openSession, startSession } from '../../../core/node/session/open.ts';
import { MAX_FILE_CHARS } from '../../../core/node/session/session.ts';
import { applyDiff, diffText, toLines } from '../../../core/node/session/line-diff.ts';
import { replayAll, replayTo } from '../../../core/node/session/replay.ts';
import { cleanup, fakeClock, makeLibrary, makePack, tempDir } from './helpers.ts';

afterAll(cleanup);

const env = { app: 'assay test', platform: 'linux', release: 'x', arch: 'x64', node: 'node 24', toolchains: [] };
/** 400,000 lines within the editor's limit: every fourth line holds a character. */
const PASTE = Array.from({ length: 400_000 }, (_, i) => (i % 4 === 0 ? 'x' : '')).join('\n');

describe('big honest edits', () => {
  it('the diff of a 400,000-line insert applies back without spreading arguments', () => {
    expect(PASTE.length).toBeLessThanOrEqual(MAX_FILE_CHARS);
    const d = diffText('package a\n', `package a\n${PASTE}`);
    expect(applyDiff(toLines('package a\n'), d).join('\n')).toBe(`package a\n${PASTE}`);
    const back = diffText(`package a\n${PASTE}`, 'package b\n');
    expect(applyDiff(toLines(`package a\n${PASTE}`), back).join('\n')).toBe('package b\n');
  });

  it('a session with a 400,000-line paste and a file at the size limit reopens, bundles and replays, unflagged', () => {
    const lib = makeLibrary();
    const pack = makePack(lib);
    const dir = join(tempDir(), 'session');
    const c = fakeClock();
    const s = startSession(dir, pack.path, { clock: c.clock });
    const starter = s.files('go-log-sections')['sections.go']!;
    c.advance(1000);
    s.recordPaste('go-log-sections', 'sections.go', PASTE);
    s.recordEdit('go-log-sections', { 'sections.go': `${starter}${PASTE}`.slice(0, MAX_FILE_CHARS) });
    c.advance(1000);
    const atLimit = 'y'.repeat(MAX_FILE_CHARS - 10) + '\n'.repeat(10);
    s.recordEdit('go-log-sections', { 'sections.go': atLimit });
    c.advance(1000);
    s.recordEdit('go-log-sections', { 'sections.go': `${starter}${PASTE}`.slice(0, MAX_FILE_CHARS) });
    const reopened = openSession(dir, { clock: c.clock });
    expect(reopened.files('go-log-sections')['sections.go']).toBe(`${starter}${PASTE}`.slice(0, MAX_FILE_CHARS));
    expect(reopened.snapshotAt('go-log-sections', 2)['sections.go']).toBe(atLimit);
    c.advance(1000);
    reopened.submit('manual');
    const out = join(tempDir(), 'big.assay-submission');
    createBundle(reopened, { out, environment: env });
    const { bundle, warnings } = readBundle(out);
    expect(warnings.map((w) => w.code)).not.toContain('replay_broken');
    expect(warnings.map((w) => w.code)).not.toContain('replay_mismatch');
    const snaps = bundle.snapshots['go-log-sections']!;
    expect(replayTo(snaps, snaps.length - 1)['sections.go']).toBe(bundle.code['go-log-sections']!['sections.go']);
    expect(replayAll(snaps).map((f) => f['sections.go']!.length)).toEqual([starter.length, `${starter}${PASTE}`.slice(0, MAX_FILE_CHARS).length, atLimit.length, `${starter}${PASTE}`.slice(0, MAX_FILE_CHARS).length]);
  }, 60_000);
});
