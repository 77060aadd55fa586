// Probe results cached on disk, keyed by the binaries' identity: reused while the witnesses are unchanged,
// probed again when one changes, when the cache file is corrupt or hostile, or when caching is turned off.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cachedProbe, probeCacheDir } from '../../../core/node/probe-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'assay-probe-cache-'));
const saved = { cache: process.env.ASSAY_CACHE_DIR, off: process.env.ASSAY_PROBE_CACHE };
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env.ASSAY_CACHE_DIR = saved.cache;
  if (saved.off === undefined) delete process.env.ASSAY_PROBE_CACHE;
  else process.env.ASSAY_PROBE_CACHE = saved.off;
});

let calls = 0;
const bin = join(dir, 'fake-tool');
const probe = async () => ({ value: { version: `v${++calls}` }, witnesses: [bin] });

beforeEach(() => {
  process.env.ASSAY_CACHE_DIR = join(dir, 'cache');
  delete process.env.ASSAY_PROBE_CACHE;
  rmSync(join(dir, 'cache'), { recursive: true, force: true });
  writeFileSync(bin, 'tool 1');
  calls = 0;
});

describe('cachedProbe', () => {
  it('probes once while the binary is unchanged, again after it changes', async () => {
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v1' });
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v1' });
    expect(calls).toBe(1);
    writeFileSync(bin, 'tool 2, a bigger binary');
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v2' });
    utimesSync(bin, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v3' });
    rmSync(bin);
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v4' });
  });

  it('keys by the given key (another path is another entry)', async () => {
    await cachedProbe('tool', [bin], probe);
    await cachedProbe('tool', ['/elsewhere'], probe);
    expect(calls).toBe(2);
  });

  it.each(['not json', '{"format":1,"witnesses":"x","value":1}', '{"format":1,"witnesses":[["/nonexistent","1:1:1"]],"value":{"version":"forged"}}', 'null', '{"format":1,"witnesses":[],"value":{"version":"forged"}}', '{"__proto__":{"polluted":true}}'])(
    'ignores a corrupt or stale cache file: %s',
    async (content) => {
      await cachedProbe('tool', [bin], probe);
      const [file] = readdirSync(probeCacheDir());
      writeFileSync(join(probeCacheDir(), file!), content);
      expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v2' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('does not store a failed probe, and ASSAY_PROBE_CACHE=0 turns caching off', async () => {
    await expect(cachedProbe('tool', [bin], async () => Promise.reject(new Error('missing')))).rejects.toThrow('missing');
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v1' });
    process.env.ASSAY_PROBE_CACHE = '0';
    expect(await cachedProbe('tool', [bin], probe)).toEqual({ version: 'v2' });
  });
});
