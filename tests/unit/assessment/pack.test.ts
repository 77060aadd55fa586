import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readTree, loadExercise } from '../../../core/node/library/load.ts';
import { readPack, PACK_LIMITS } from '../../../core/node/assessment/pack-read.ts';
import { exportPack } from '../../../core/node/assessment/pack.ts';
import { exerciseContentHash, libraryVersion } from '../../../core/node/assessment/library-version.ts';
import { ContainerError, decodeContainer } from '../../../core/node/container/container.ts';
import { cleanup, makeLibrary, makePack, mutateContainer, reseal, tempDir, SEED } from './helpers.ts';

afterAll(cleanup);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContainerError);
    return `${(e as ContainerError).code}: ${(e as Error).message}`;
  }
  throw new Error('expected a ContainerError');
}

describe('exportPack', () => {
  it('never puts hidden, reference or mutant content in the pack bytes', () => {
    const lib = makeLibrary();
    const { path } = makePack(lib);
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    const decoded = Object.values(readPack(path).exercises)
      .flatMap((e) => [e.prompt, ...Object.values(e.starter), ...Object.values(e.visible)])
      .join('\n');
    let distinctive = 0;
    for (const dir of Object.values(SEED)) {
      const ex = loadExercise(dir);
      const publicText = [ex.prompt, JSON.stringify(ex.meta), ...Object.values(ex.starter), ...Object.values(ex.visible)].join('\n');
      const secret = [readTree(join(dir, 'hidden')), readTree(join(dir, 'reference')), readTree(join(dir, 'mutants'))];
      for (const files of secret) {
        for (const content of Object.values(files)) {
          for (const line of content.split('\n').map((l) => l.trim())) {
            if (line.length < 12 || publicText.includes(line)) continue;
            distinctive++;
            expect(decoded.includes(line), `pack contains secret line ${line}`).toBe(false);
            expect(text.includes(line) || text.includes(JSON.stringify(line).slice(1, -1)), `raw pack contains ${line}`).toBe(false);
          }
        }
      }
    }
    expect(distinctive).toBeGreaterThan(50);
  });

  it('round-trips prompt, metadata, starter and visible tests, with content hashes', () => {
    const lib = makeLibrary();
    const exported = makePack(lib);
    const pack = readPack(exported.path);
    expect(pack.digest).toBe(exported.digest);
    expect(pack.assessment.candidateName).toBe('Ada Lovelace');
    expect(pack.assessment.timeLimitMinutes).toBe(60);
    expect(pack.assessment.instructions).toContain('60 minutes');
    expect(pack.exercises.map((e) => e.meta.id)).toEqual(['go-log-sections', 'ruby-reference-extractor']);
    for (const [i, dir] of [join(lib, 'go/log-sections'), join(lib, 'ruby/reference-extractor')].entries()) {
      const ex = loadExercise(dir);
      expect(pack.exercises[i]!.starter).toEqual(ex.starter);
      expect(pack.exercises[i]!.visible).toEqual(ex.visible);
      expect(pack.exercises[i]!.prompt).toBe(ex.prompt);
      expect(pack.exercises[i]!.meta).toEqual(ex.meta);
      expect(pack.assessment.exercises[i]!.contentHash).toBe(exerciseContentHash(dir));
    }
  });

  it('content hash covers hidden material', () => {
    const lib = makeLibrary();
    const dir = join(lib, 'go/log-sections');
    const before = exerciseContentHash(dir);
    appendFileSync(join(dir, 'hidden/harness.go'), '\n// changed\n');
    expect(exerciseContentHash(dir)).not.toBe(before);
  });

  it('records the git commit of the library, and whether it is dirty', () => {
    const lib = makeLibrary();
    const plain = libraryVersion(lib);
    expect(plain.commit).toBeNull();
    expect(plain.hash).toMatch(/^[0-9a-f]{64}$/);
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', lib, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'library');
    const clean = libraryVersion(lib);
    expect(clean.commit).toBe(git('rev-parse', 'HEAD'));
    expect(clean.dirty).toBe(false);
    expect(clean.hash).toBe(plain.hash);
    writeFileSync(join(lib, 'go/log-sections/prompt.md'), 'changed');
    const dirty = libraryVersion(lib);
    expect(dirty.dirty).toBe(true);
    expect(dirty.hash).not.toBe(plain.hash);
  });

  it('takes exercises, role and time limit from a role profile', () => {
    const lib = makeLibrary();
    const base = { libraryDir: lib, title: 'T', candidateName: 'C', out: join(tempDir(), 'p') };
    const fromProfile = exportPack({ ...base, profileId: 'dev-test' }).assessment;
    expect(fromProfile).toMatchObject({ roleId: 'dev', timeLimitMinutes: 40 });
    expect(fromProfile.exercises.map((e) => e.id)).toEqual(['ruby-reference-extractor']);
    expect(exportPack({ ...base, profileId: 'dev-test', timeLimitMinutes: 90 }).assessment.timeLimitMinutes).toBe(90);
    expect(exportPack({ ...base, exerciseIds: ['go-log-sections'], timeLimitMinutes: 30 }).assessment.roleId).toBeNull();
    expect(() => exportPack({ ...base, profileId: 'nope' })).toThrow(/no role profile "nope" \(have: dev-test\)/);
    expect(() => exportPack({ ...base, exerciseIds: ['go-log-sections'] })).toThrow(/time limit/);
    expect(() => exportPack({ ...base, exerciseIds: ['go-missing'], timeLimitMinutes: 60 })).toThrow(/no exercise "go-missing"/);
  });
});

describe('readPack validation', () => {
  const lib = makeLibrary();
  const good = makePack(lib).path;

  it('rejects an edited entry whose hash no longer matches the manifest', () => {
    const bad = mutateContainer(good, (doc) => {
      const e = doc.entries.find((x) => x.path === 'exercises/go-log-sections/prompt.md')!;
      e.content = `${String(e.content)}\nextra`;
    });
    expect(codeOf(() => readPack(bad))).toMatch(/^manifest_mismatch: exercises\/go-log-sections\/prompt.md: content differs/);
  });

  it('rejects entries outside the pack layout even when the manifest is resealed', () => {
    const bad = mutateContainer(good, (doc) =>
      reseal({ ...doc, entries: [...doc.entries, { path: 'exercises/go-log-sections/hidden/cases.json', type: 'file', content: '[]' }] }),
    );
    expect(codeOf(() => readPack(bad))).toMatch(/^invalid_content: unexpected entries in pack: exercises\/go-log-sections\/hidden/);
  });

  it('rejects a pack whose editable file is missing', () => {
    const bad = mutateContainer(good, (doc) =>
      reseal({ ...doc, entries: doc.entries.filter((e) => e.path !== 'exercises/go-log-sections/starter/sections.go') }),
    );
    expect(codeOf(() => readPack(bad))).toMatch(/^invalid_content: go-log-sections: editable file sections.go is not in starter/);
  });

  it('rejects a bad assessment.json with the field named', () => {
    const bad = mutateContainer(good, (doc) => {
      const e = doc.entries.find((x) => x.path === 'assessment.json')!;
      e.content = String(e.content).replace('"timeLimitMinutes": 60', '"timeLimitMinutes": -5');
      return reseal(doc);
    });
    expect(codeOf(() => readPack(bad))).toMatch(/^invalid_content: assessment.json: .*timeLimitMinutes/s);
  });

  it('rejects non-gzip, truncated and decompression-bomb files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain'), '{"manifest":{}}');
    expect(codeOf(() => readPack(join(dir, 'plain')))).toMatch(/^not_gzip/);
    const bytes = readFileSync(good);
    writeFileSync(join(dir, 'cut'), bytes.subarray(0, bytes.length - 40));
    expect(codeOf(() => readPack(join(dir, 'cut')))).toMatch(/^not_gzip: damaged compressed data/);
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const limits = { ...PACK_LIMITS, jsonBytes: 4 * 1024 * 1024 };
    expect(codeOf(() => decodeContainer(bomb, 'assay.pack/1', limits))).toMatch(/^too_large: decompresses to more than 4194304/);
    expect(codeOf(() => readPack(join(dir, 'missing')))).toMatch(/^unreadable/);
  });
});
