// The Go compile step: `go test -c` (or a replay of its build plan) or `go build` in the sandbox, against the
// shared pre-warmed build cache mounted copy-on-write (read-only where bubblewrap lacks overlays), so a
// submission cannot poison it.
import { join } from 'node:path';
import type { Marker } from '../../../common/results.ts';
import type { SandboxResult } from '../../sandbox/types.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { compileLimits } from '../limits.ts';
import { capOutput, endingVerdict, type SuiteOutcome } from '../outcome.ts';
import { extraMounts, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { goCacheDir } from './cache.ts';
import { goBuildEnv, goCompileArgs } from './env.ts';
import { parseGoErrors } from './markers.ts';
import type { GoBuildPlan } from './plan.ts';
import { replayPlan } from './replay.ts';

export interface GoCompile {
  res: SandboxResult;
  ok: boolean;
  markers: Marker[];
  /** Compiler output, for the Output panel. */
  output: string;
  /** Where the binary was written (inside dir/.assay). */
  binary: string;
}

/**
 * `what` is 'test' (go test -c of the module root) or 'driver' (go build ./assaydriver). With a build plan for
 * the test compile, the plan is replayed first; only its plain failure (a compile error, or a submission that
 * needs something the plan lacks) falls back to the go command, whose result and diagnostics then stand.
 */
export async function goCompile(ctx: RunContext, tc: GoToolchain, dir: string, what: 'test' | 'driver', stream: boolean, plan: GoBuildPlan | null = null): Promise<GoCompile> {
  const cache = goCacheDir();
  if (plan && what === 'test') {
    const fast = await replayPlan(ctx, tc, dir, cache, plan);
    if (fast.res.exitCode === 0 || fast.res.limitHit || fast.res.sandboxError || fast.res.cancelled) return compileResult(fast.res, dir, fast.binary);
    const slow = await goCompile(ctx, tc, dir, what, stream);
    slow.res.durationMs += fast.res.durationMs;
    return slow;
  }
  const binary = join(dir, '.assay', what === 'test' ? 't.test' : 'driver');
  const res = await sandboxStep(
    ctx,
    {
      argv: [tc.bin, ...goCompileArgs(what, binary)],
      workDir: dir,
      env: goBuildEnv(tc, dir, cache),
      limits: compileLimits(),
      readOnly: extraMounts([tc.goroot]),
      overlays: [cache],
    },
    { stream },
  );
  return compileResult(res, dir, binary);
}

function compileResult(res: SandboxResult, dir: string, binary: string): GoCompile {
  const output = `${res.stdout}${res.stderr}`;
  const ok = res.exitCode === 0 && !res.limitHit && !res.sandboxError && !res.cancelled;
  return { res, ok, markers: ok ? [] : parseGoErrors(output, dir), output, binary };
}

/** The outcome fields of a failed compile: a limit or sandbox failure if that is what ended it, else compile_error. */
export function compileFailure(c: GoCompile, fallback: string): Pick<SuiteOutcome, 'verdict' | 'summary' | 'cancelled' | 'markers' | 'output'> {
  const limits = compileLimits();
  const ending = endingVerdict(c.res, 'compiling', { timeoutMs: limits.wallMs, memoryMb: limits.memoryBytes / (1024 * 1024) });
  const first = c.markers[0];
  return {
    verdict: ending?.verdict ?? 'compile_error',
    summary: ending?.summary ?? (first ? `${first.file}:${first.line}: ${first.message}` : fallback),
    cancelled: ending?.cancelled ?? false,
    markers: c.markers,
    output: capOutput(c.output),
  };
}
