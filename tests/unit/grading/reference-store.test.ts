// Reference timings stored between processes (reference-store.ts): reused only within the window, only for the
// identity they were measured under, never from a damaged or forged file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadStoredTiming, referenceWindowMs, REFERENCE_WINDOW_MS, storeTiming, type TimingIdentity, type TimingRecord } from '../../../core/node/grading/reference-store.ts';

const root = mkdtempSync(join(tmpdir(), 'assay-refstore-'));
const saved = { dir: process.env.ASSAY_CACHE_DIR, win: process.env.ASSAY_REFERENCE_WINDOW_S };
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (saved.dir === undefined) delete process.env.ASSAY_CACHE_DIR;
  else process.env.ASSAY_CACHE_DIR = saved.dir;
  if (saved.win === undefined) delete process.env.ASSAY_REFERENCE_WINDOW_S;
  else process.env.ASSAY_REFERENCE_WINDOW_S = saved.win;
});

let cache: string;
let bin: string;
beforeEach(() => {
  cache = mkdtempSync(join(root, 'cache-'));
  process.env.ASSAY_CACHE_DIR = cache;
  delete process.env.ASSAY_REFERENCE_WINDOW_S;
  bin = join(cache, 'fake-go');
  writeFileSync(bin, 'binary v1');
});

const id = (over: Partial<TimingIdentity> = {}): TimingIdentity => ({
  contentHash: 'c'.repeat(64),
  toolchain: { bin, version: 'go1.19.8' },
  isolation: { level: 'full', bwrap: null, require: 'prefer-full' },
  ...over,
});
const T0 = Date.parse('2026-12-05T12:00:00Z');
const timing = (at = T0): TimingRecord => ({ startupMs: 4.5, startupWallMs: 12, cases: new Map([['big', 98.2], ['wide', 57]]), source: 'cgroup', problem: null, measuredAt: new Date(at).toISOString() });
const storedFile = () => join(cache, 'reference-timings', readdirSync(join(cache, 'reference-timings')).find((n) => n.endsWith('.json'))!);

describe('stored reference timings', () => {
  it('come back as they were measured, marked stored, within the window', () => {
    storeTiming(id(), timing());
    const hit = loadStoredTiming(id(), T0 + REFERENCE_WINDOW_MS - 1);
    expect(hit).toMatchObject({ startupMs: 4.5, startupWallMs: 12, source: 'cgroup', problem: null, origin: 'stored', measuredAt: '2026-12-05T12:00:00.000Z' });
    expect([...hit!.cases]).toEqual([['big', 98.2], ['wide', 57]]);
  });

  it('expire after the window, and a measurement dated in the future (clock set back since) is not used', () => {
    storeTiming(id(), timing());
    expect(loadStoredTiming(id(), T0 + REFERENCE_WINDOW_MS + 1)).toBeNull();
    expect(loadStoredTiming(id(), T0 - 1000)).toBeNull();
  });

  it('are not used for another exercise content, toolchain version or binary, isolation or requirement', () => {
    storeTiming(id(), timing());
    const at = T0 + 1000;
    expect(loadStoredTiming(id(), at)).not.toBeNull();
    expect(loadStoredTiming(id({ contentHash: 'd'.repeat(64) }), at)).toBeNull();
    expect(loadStoredTiming(id({ toolchain: { bin, version: 'go1.22.0' } }), at)).toBeNull();
    expect(loadStoredTiming(id({ isolation: { level: 'reduced', bwrap: null, require: 'prefer-full' } }), at)).toBeNull();
    expect(loadStoredTiming(id({ isolation: { level: 'full', bwrap: null, require: 'full' } }), at)).toBeNull();
    writeFileSync(bin, 'binary v2, reinstalled'); // same path and version, another binary
    expect(loadStoredTiming(id(), at)).toBeNull();
  });

  it('a window of 0 neither reads nor writes; a bad value keeps the default', () => {
    process.env.ASSAY_REFERENCE_WINDOW_S = '0';
    storeTiming(id(), timing());
    expect(() => readdirSync(join(cache, 'reference-timings'))).toThrow();
    expect(referenceWindowMs()).toBe(0);
    for (const bad of ['-5', 'soon', 'Infinity']) expect(referenceWindowMs({ ASSAY_REFERENCE_WINDOW_S: bad })).toBe(REFERENCE_WINDOW_MS);
    expect(referenceWindowMs({ ASSAY_REFERENCE_WINDOW_S: '90' })).toBe(90_000);
  });

  it('a failed measurement is never stored', () => {
    storeTiming(id(), { ...timing(), problem: 'the reference driver did not build' });
    expect(() => readdirSync(join(cache, 'reference-timings'))).toThrow();
  });

  it('damaged or edited files are ignored, never trusted', () => {
    storeTiming(id(), timing());
    const file = storedFile();
    const good = JSON.parse(readFileSync(file, 'utf8'));
    const at = T0 + 1000;
    const variants: unknown[] = [
      '{not json',
      { ...good, key: 'f'.repeat(64) },
      { ...good, format: 99 },
      { ...good, measuredAtMs: 'yesterday' },
      { ...good, timing: { ...good.timing, startupMs: -1 } },
      { ...good, timing: { ...good.timing, source: 'candidate' } },
      { ...good, timing: { ...good.timing, cases: [['big', 'fast']] } },
      { ...good, timing: { ...good.timing, cases: { big: 1 } } },
      { ...good, timing: null },
      null,
    ];
    for (const v of variants) {
      writeFileSync(file, typeof v === 'string' ? v : JSON.stringify(v));
      expect(loadStoredTiming(id(), at)).toBeNull();
    }
    writeFileSync(file, JSON.stringify(good));
    expect(loadStoredTiming(id(), at)).not.toBeNull();
  });
});
