import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../../../core/node/bundle/read.ts';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { importBundles } from '../../../core/node/bundle/import.ts';
import { ContainerError } from '../../../core/node/container/container.ts';
import type { CandidateSession } from '../../../core/node/session/session.ts';
import { cleanup, makeBundle, makeLibrary, makePack, mutateContainer, reseal, tempDir, type RawDoc } from './helpers.ts';

afterAll(cleanup);

let good: string;
let session: CandidateSession;
beforeAll(async () => {
  ({ path: good, session } = await makeBundle(makeLibrary()));
});

function failure(path: string): string {
  try {
    readBundle(path);
  } catch (e) {
    expect(e).toBeInstanceOf(ContainerError);
    return `${(e as ContainerError).code}: ${(e as Error).message}`;
  }
  throw new Error('bundle was accepted');
}

const addEntry = (entry: Record<string, unknown>) => (doc: RawDoc) => reseal({ ...doc, entries: [...doc.entries, entry] });
const file = (path: string, content = 'x') => ({ path, type: 'file', content });

describe('submission bundles', () => {
  it('hold the final code, activity, snapshots, visible results and environment', () => {
    const { bundle, warnings } = readBundle(good);
    expect(warnings).toEqual([]);
    expect(bundle.code['go-log-sections']).toEqual(session.files('go-log-sections'));
    expect(bundle.code['ruby-reference-extractor']).toEqual(session.files('ruby-reference-extractor'));
    expect(bundle.activity).toEqual(session.activity);
    expect(bundle.snapshots['go-log-sections']).toEqual(session.snapshots('go-log-sections'));
    expect(bundle.results['go-log-sections']?.summary).toBe('1 of 2 tests failed');
    expect(bundle.results['ruby-reference-extractor']).toBeNull();
    expect(bundle.submission.submitReason).toBe('manual');
    expect(bundle.submission.exercises[0]!.timeSpentMs).toBe(session.timeSpent()['go-log-sections']);
    expect(bundle.manifest.entries.map((e) => e.path)).toContain('code/go-log-sections/sections.go');
  });

  it('records the real toolchain versions by default', () => {
    const out = join(tempDir(), 'env.assay-submission');
    createBundle(session, { out });
    const env = readBundle(out).bundle.submission.environment;
    expect(env.toolchains.find((t) => t.language === 'go')?.version).toMatch(/^go version go1\./);
    expect(env.toolchains.find((t) => t.language === 'ruby')?.version).toMatch(/^ruby 3\./);
    expect(env.platform).toBe(process.platform);
  });

  it('refuses to bundle a session that is still running', async () => {
    const { startSession } = await import('../../../core/node/session/open.ts');
    const s = startSession(join(tempDir(), 's'), makePack(makeLibrary()).path);
    expect(() => createBundle(s, { out: join(tempDir(), 'b') })).toThrow(/submit the session/);
  });
});

describe('readBundle rejects', () => {
  it.each([
    ['a parent-directory path', file('code/../../etc/cron.d/x'), /^unsafe_path: .*"\.\." path segment/],
    ['an absolute path', file('/etc/passwd'), /^unsafe_path: .*absolute path/],
    ['a NUL byte', file('code/a\u0000.go'), /^unsafe_path: .*NUL byte/],
    ['a backslash path', file('code\\..\\x'), /^unsafe_path: .*backslash/],
    ['a drive-letter path', file('C:/x'), /^unsafe_path: .*drive-letter/],
    ['a symlink entry', { path: 'code/link', type: 'symlink', content: '', target: '/etc/passwd' }, /^not_a_file: .*of type "symlink"/],
    ['a file entry with a link target', { path: 'code/link', type: 'file', content: '', linkTarget: '/etc' }, /^not_a_file: .*with linkTarget/],
    ['a duplicate path', file('submission.json'), /^duplicate_path: entry "submission.json" appears twice/],
    ['a case-folded duplicate', file('Submission.json'), /^duplicate_path: .*also as "submission.json"/],
    ['an oversize entry', file('code/big.txt', 'a'.repeat(17 * 1024 * 1024)), /^entry_too_large: entry "code\/big.txt" is 17825792 bytes/],
    ['an entry outside the layout', file('notes.txt'), /^invalid_content: unexpected entries in bundle: notes.txt/],
  ])('%s', (_name, entry, message) => {
    expect(failure(mutateContainer(good, addEntry(entry)))).toMatch(message);
  });

  it('an edited file (manifest not updated)', () => {
    const bad = mutateContainer(good, (doc) => {
      const e = doc.entries.find((x) => x.path === 'code/go-log-sections/sections.go')!;
      e.content = String(e.content).replace('wip', 'WIP');
    });
    expect(failure(bad)).toBe('manifest_mismatch: code/go-log-sections/sections.go: content differs from the manifest (edited or corrupted)');
  });

  it('an edited manifest', () => {
    const bad = mutateContainer(good, (doc) => {
      doc.manifest.createdAt = '2020-01-01T00:00:00.000Z';
    });
    expect(failure(bad)).toMatch(/^manifest_mismatch: the manifest does not match its digest/);
  });

  it('an entry missing from the manifest, and a listed entry that is missing', () => {
    const extra = mutateContainer(good, (doc) => {
      doc.entries.push(file('code/go-log-sections/extra.go'));
    });
    expect(failure(extra)).toMatch(/^manifest_mismatch: entry "code\/go-log-sections\/extra.go" is not in the manifest/);
    const missing = mutateContainer(good, (doc) => {
      doc.entries = doc.entries.filter((e) => e.path !== 'activity.json');
    });
    expect(failure(missing)).toMatch(/^manifest_mismatch: manifest lists "activity.json" but the entry is missing/);
  });

  it('schema violations, with the entry and field named', () => {
    const bad = mutateContainer(good, (doc) => {
      const e = doc.entries.find((x) => x.path === 'submission.json')!;
      e.content = String(e.content).replace('"submitReason": "manual"', '"submitReason": "bribe"');
      return reseal(doc);
    });
    expect(failure(bad)).toMatch(/^invalid_content: submission.json: .*submitReason/s);
    const noDigest = mutateContainer(good, (doc) => {
      delete (doc as Partial<RawDoc>).digest;
    });
    expect(failure(noDigest)).toMatch(/^schema: not an Assay submission bundle: .*digest/s);
  });

  it('oversize and foreign files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge'), '');
    truncateSync(join(dir, 'huge'), 33 * 1024 * 1024);
    expect(failure(join(dir, 'huge'))).toMatch(/^too_large: file larger than/);
    expect(failure(makePack(makeLibrary()).path)).toBe('wrong_format: this is an Assay candidate pack, expected an Assay submission bundle');
    writeFileSync(join(dir, 'zip'), Buffer.from('PK\u0003\u0004rest'));
    expect(failure(join(dir, 'zip'))).toMatch(/^not_gzip/);
  });

  it('accepts a resealed forgery but flags code its snapshots do not replay to', () => {
    const forged = mutateContainer(good, (doc) => {
      const e = doc.entries.find((x) => x.path === 'code/go-log-sections/sections.go')!;
      e.content = 'package logsections\n// copied from a friend\n';
      return reseal(doc);
    });
    const { warnings } = readBundle(forged);
    expect(warnings.map((w) => w.code)).toEqual(['replay_mismatch']);
  });
});

describe('importBundles', () => {
  it('imports the good bundles, rejects the bad one with a clear error, and changes nothing for it', () => {
    const store = join(tempDir(), 'store');
    const bad = mutateContainer(good, addEntry(file('code/../../evil')));
    const [first, rejected, again] = importBundles([good, bad, good], store);
    expect(first).toMatchObject({ ok: true, duplicate: false, candidate: 'Ada Lovelace' });
    expect(rejected).toMatchObject({ ok: false, code: 'unsafe_path' });
    expect(rejected!.ok ? '' : rejected!.error).toContain(bad);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(readdirSync(store)).toEqual([`${readBundle(good).bundle.digest}.assay-submission`]);
    expect(readFileSync(join(store, readdirSync(store)[0]!))).toEqual(readFileSync(good));
    const onlyBad = join(tempDir(), 'store2');
    expect(importBundles([bad, join(tempDir(), 'nope')], onlyBad).map((r) => r.ok)).toEqual([false, false]);
    expect(readdirSync(onlyBad)).toEqual([]);
  });
});
