// The one atomic-write module: replaces bytes whole, leaves no temp file on failure, fsyncs the directory on POSIX
// only, and on Windows retries a rename that a briefly-open target refuses (EPERM/EACCES/EBUSY).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, writeAtomic } from '../../../core/node/fs/atomic-write.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'assay-atomic-'));
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeAtomic', () => {
  it('replaces a file whole, private by default, and leaves no temp file', () => {
    const d = dir();
    const f = join(d, 'state.json');
    writeFileSync(f, 'old old old old');
    writeAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['state.json']);
    writeAtomic(join(d, 'bytes.bin'), new Uint8Array([0, 255, 1]));
    expect([...readFileSync(join(d, 'bytes.bin'))]).toEqual([0, 255, 1]);
    if (process.platform !== 'win32') expect(statSync(join(d, 'bytes.bin')).mode & 0o777).toBe(0o600);
  });

  it('fsyncs the directory on POSIX and never on Windows', () => {
    const d = dir();
    const synced: string[] = [];
    const fs = { rename: renameSync, fsyncDir: (x: string) => void synced.push(x) };
    writeAtomic(join(d, 'a'), 'x', { platform: 'linux', fs });
    writeAtomic(join(d, 'b'), 'x', { platform: 'darwin', fs });
    expect(synced).toEqual([d, d]);
    writeAtomic(join(d, 'c'), 'x', { platform: 'win32', fs });
    expect(synced).toHaveLength(2);
  });

  it('on Windows retries a rename refused while the target is held open, then succeeds', () => {
    const d = dir();
    const f = join(d, 'store.json');
    const codes = ['EBUSY', 'EPERM', 'EACCES'];
    let calls = 0;
    const rename = (a: string, b: string) => {
      calls++;
      const code = codes.shift();
      if (code) throw errno(code);
      renameSync(a, b);
    };
    writeAtomic(f, 'done', { platform: 'win32', fs: { rename, fsyncDir: () => {} } });
    expect(calls).toBe(4);
    expect(readFileSync(f, 'utf8')).toBe('done');
    expect(readdirSync(d)).toEqual(['store.json']);
  });

  it('gives up after the retries, removes its temp file and keeps the old bytes', () => {
    const d = dir();
    const f = join(d, 'store.json');
    writeFileSync(f, 'old');
    const rename = () => { throw errno('EBUSY'); };
    expect(() => writeAtomic(f, 'new', { platform: 'win32', fs: { rename, fsyncDir: () => {} } })).toThrow(/EBUSY/);
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['store.json']);
  });

  it('does not retry other errors, or any error on POSIX', () => {
    const d = dir();
    let calls = 0;
    const fail = (code: string) => () => { calls++; throw errno(code); };
    expect(() => writeAtomic(join(d, 'x'), 'y', { platform: 'win32', fs: { rename: fail('ENOSPC'), fsyncDir: () => {} } })).toThrow(/ENOSPC/);
    expect(calls).toBe(1);
    expect(() => writeAtomic(join(d, 'x'), 'y', { platform: 'linux', fs: { rename: fail('EBUSY'), fsyncDir: () => {} } })).toThrow(/EBUSY/);
    expect(calls).toBe(2);
    expect(readdirSync(d)).toEqual([]);
  });

  it('fails clearly when the directory does not exist, and removeStaleTemps clears crash leftovers', () => {
    const d = dir();
    expect(() => writeAtomic(join(d, 'missing', 'f'), 'x')).toThrow(/ENOENT/);
    writeFileSync(join(d, 'keep.json'), '{}');
    writeFileSync(join(d, 'keep.json.tmp-123-abcd'), '{"half');
    expect(removeStaleTemps(d)).toBe(1);
    expect(readdirSync(d)).toEqual(['keep.json']);
  });
});
