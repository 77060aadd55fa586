// One sandboxed step of a run: forwards cancellation and the isolation requirement, streams output as
// RunEvents (frames filtered out), and times the step.
import { existsSync } from 'node:fs';
import type { RunEvent, RunPhase } from '../../common/results.ts';
import { runSandboxed } from '../sandbox/run.ts';
import type { SandboxResult, SandboxSpec } from '../sandbox/types.ts';
import { FrameFilter, type LineArrivals } from './frames.ts';

export interface RunContext {
  runId: string;
  signal?: AbortSignal;
  require: 'full' | 'prefer-full';
  emit: (e: RunEvent) => void;
}

export function phase(ctx: RunContext, p: RunPhase): void {
  ctx.emit({ runId: ctx.runId, type: 'phase', phase: p });
}

export type StepSpec = Omit<SandboxSpec, 'require' | 'signal' | 'onOutput'>;

export interface StepOptions {
  /** Stream output as RunEvents. */
  stream: boolean;
  /** Strip result frames from the streamed stdout. */
  frames?: boolean;
  /** Record when each frame line arrives. */
  arrivals?: LineArrivals;
}

/** Runs one sandboxed command. */
export async function sandboxStep(ctx: RunContext, spec: StepSpec, opts: StepOptions): Promise<SandboxResult> {
  const filter = opts.frames ? new FrameFilter() : null;
  const send = (stream: 'stdout' | 'stderr', text: string) => {
    if (text) ctx.emit({ runId: ctx.runId, type: 'output', stream, text });
  };
  const onOutput = (stream: 'stdout' | 'stderr', text: string) => {
    if (stream === 'stdout') opts.arrivals?.push(text);
    if (opts.stream) send(stream, stream === 'stdout' && filter ? filter.push(text) : text);
  };
  const res = await runSandboxed({
    ...spec,
    require: ctx.require,
    signal: ctx.signal,
    onOutput: opts.stream || opts.arrivals ? onOutput : undefined,
  });
  if (opts.stream && filter) send('stdout', filter.flush());
  return res;
}

const SYSTEM_PREFIXES = ['/usr/', '/bin/', '/sbin/', '/lib/', '/lib32/', '/lib64/', '/libx32/'];

/** Host paths the sandbox must mount read-only: those outside the system dirs it always mounts. */
export function extraMounts(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    if (!p || SYSTEM_PREFIXES.some((s) => `${p}/`.startsWith(s)) || !existsSync(p)) continue;
    out.add(p);
  }
  return [...out];
}
