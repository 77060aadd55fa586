import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectToolchains, goToolchain, rubyToolchain } from '../../../core/node/toolchains.ts';

describe('detectToolchains (real host toolchains)', () => {
  it('finds Go and Ruby with their versions and no problem', async () => {
    const found = await detectToolchains();
    expect(found.map((t) => t.language)).toEqual(['go', 'ruby']);
    expect(found[0]).toMatchObject({ problem: null, version: expect.stringMatching(/^go1\.\d+/) });
    expect(found[1]).toMatchObject({ problem: null, version: expect.stringMatching(/^ruby 3\.\d+\.\d+p\d+$/) });
  });

  it('probes once and exposes what runs need', async () => {
    expect(goToolchain()).toBe(goToolchain());
    const go = await goToolchain();
    expect(existsSync(join(go.toolDir, 'test2json'))).toBe(true);
    expect(go.release[0]).toBe(1);
    const ruby = await rubyToolchain();
    expect(ruby.gemLibs.some((p) => /minitest-[\d.]+\/lib$/.test(p))).toBe(true);
  });
});
