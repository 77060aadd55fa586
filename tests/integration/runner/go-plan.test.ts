// Build plans on the real Go toolchain in the real sandbox: the replayed compile must build the very binary
// `go test -c` builds, and submissions the plan cannot build must still get the go command's result.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assayCacheDir, goCacheDir, warmGoCache } from '../../../core/node/runner/go/cache.ts';
import { findPlan } from '../../../core/node/runner/go/capture.ts';
import { goCompile } from '../../../core/node/runner/go/compile.ts';
import { replayPlan } from '../../../core/node/runner/go/replay.ts';
import { rootPackage, SENTINEL_FILE, sentinelSource } from '../../../core/node/runner/go/sentinel.ts';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { withWorkspace, writeFiles } from '../../../core/node/runner/workspace.ts';
import type { FileSet } from '../../../core/node/library/load.ts';
import { goToolchain } from '../../../core/node/toolchains.ts';
import { editable, goEx, reference, withEditable } from './helpers.ts';

const ex = goEx();
const tc = await goToolchain();
const ctx = { runId: 'go-plan', require: 'prefer-full' as const, emit: () => {} };
const file = editable(ex);
const refSource = reference(ex)[file]!;

/** What goVisible compiles: the solution, the visible tests and the sentinel. */
function moduleFiles(source: string): FileSet {
  const files = { ...ex.starter, [file]: source, ...ex.visible };
  return { ...files, [SENTINEL_FILE]: sentinelSource(rootPackage(files)!) };
}

/** The binary with its own Go build ID blanked (the only part that names how it was built). */
function withoutBuildId(path: string): Buffer {
  const bytes = readFileSync(path);
  const id = execFileSync(tc.bin, ['tool', 'buildid', path], { encoding: 'utf8' }).trim();
  expect(id.length).toBeGreaterThan(20);
  const blank = Buffer.alloc(id.length, 0);
  for (let at = bytes.indexOf(id); at >= 0; at = bytes.indexOf(id, at + 1)) blank.copy(bytes, at);
  return bytes;
}

describe('Go build plans', () => {
  it('are made by the cache warm-up and replay into the binary go test -c builds', async () => {
    await warmGoCache(tc, ex);
    const files = moduleFiles(`${refSource}\nfunc assayExtra() int { return 42 }\n`);
    const plan = findPlan(tc, files, assayCacheDir());
    expect(plan).not.toBeNull();
    expect(plan!.commands.map((c) => c.tool)).toEqual(['compile', 'compile', 'link']);
    await withWorkspace(async (ws) => {
      const dir = ws.dir('src');
      writeFiles(dir, files);
      const fast = await replayPlan(ctx, tc, dir, goCacheDir(), plan!);
      expect(fast.res.exitCode).toBe(0);
      const slow = await goCompile(ctx, tc, dir, 'test', false);
      expect(slow.ok).toBe(true);
      expect(fast.binary).not.toBe(slow.binary);
      expect(withoutBuildId(fast.binary).equals(withoutBuildId(slow.binary))).toBe(true);
    });
  });

  it('do not apply to a submission with a build constraint, which still gets the go command result', async () => {
    await warmGoCache(tc, ex);
    const constrained = `//go:build !windows\n\n${refSource}`;
    expect(findPlan(tc, moduleFiles(constrained), assayCacheDir())).toBeNull();
    const r = await runVisible(ex, withEditable(ex, constrained), { runId: 'go-plan-constraint' });
    expect(r.verdict).toBe('passed');
  });

  it('fall back to go test -c for a package the plan never compiled against', async () => {
    // The reference does not import container/list: the replayed compile cannot resolve it.
    const source = refSource.replace(/^import \(/m, 'import (\n\t"container/list"').concat('\nvar _ = list.New\n');
    expect(findPlan(tc, moduleFiles(source), assayCacheDir())).not.toBeNull();
    const r = await runVisible(ex, withEditable(ex, source), { runId: 'go-plan-import' });
    expect(r.verdict).toBe('passed');
    expect(r.tests).toHaveLength(3);
  });
});
