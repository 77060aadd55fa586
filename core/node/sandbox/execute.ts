// The life of one sandboxed process: spawn, cgroup placement, limits, output, cancellation, and final cleanup.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { BLOCK_FD, FIRST_DATA_FD, STATUS_FD } from './bwrap-args.ts';
import type { TreeCgroup } from './cgroup.ts';
import { classify } from './classify.ts';
import { killTree } from './kill-tree.ts';
import type { Launch } from './launch.ts';
import { OutputCollector } from './output.ts';
import { descendants } from './proc.ts';
import { Sampler } from './sampler.ts';
import type { LimitHit, SandboxResult, SandboxSpec } from './types.ts';

/** After the main process exits, how long stragglers may hold stdout/stderr open before the pipes are dropped. */
const CLOSE_GRACE_MS = 1000;

function started(child: ChildProcess): Promise<Error | null> {
  return new Promise((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', resolve);
  });
}

function pipeAt(child: ChildProcess, fd: number): Writable {
  const stream = child.stdio[fd] as Writable;
  stream.on('error', () => {}); // EPIPE when the command ignores its input
  return stream;
}

/** Accumulates bwrap's JSON status stream; `childPid` resolves with the namespace init's host pid (null if bwrap
 * ended before reporting one). */
function watchStatus(stream: Readable): { text: () => string; childPid: Promise<number | null> } {
  let text = '';
  const childPid = new Promise<number | null>((resolve) => {
    stream.on('data', (b: Buffer) => {
      text += b.toString('utf8');
      const m = /"child-pid":\s*(\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    });
    stream.on('close', () => resolve(null));
  });
  stream.on('error', () => {});
  return { text: () => text, childPid };
}

/** bwrap's own failure (bad mount source, exec failure...): it exited without reporting the command's exit. */
function bwrapFailure(status: string, stderr: string): string | null {
  if (status.includes('"exit-code"')) return null;
  const own = stderr.split('\n').filter((l) => l.startsWith('bwrap: '));
  return own.length > 0 ? own.join('\n') : null;
}

export async function execute(spec: SandboxSpec, launch: Launch, cgroup: TreeCgroup | null, result: SandboxResult): Promise<SandboxResult> {
  const child = spawn(launch.file, launch.args, launch.options);
  const spawnError = await started(child);
  const pid = child.pid;
  if (spawnError || pid === undefined) {
    return { ...result, sandboxError: `could not start ${launch.file}: ${spawnError?.message ?? 'no pid'}` };
  }
  // Listen for the end right away: bwrap can fail (and exit) while the placement below is awaited.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, sig) => resolve([code, sig])));
  const status = launch.underBwrap ? watchStatus(child.stdio[STATUS_FD] as Readable) : null;
  launch.dataTexts.forEach((text, i) => pipeAt(child, FIRST_DATA_FD + i).end(text));
  if (cgroup && status) {
    // The namespace init is parked on --block-fd: move it into the cgroup before it starts the command, so every
    // process of the run is born inside. (The outer bwrap only waits for it and stays outside.)
    // If bwrap's setup failed, the init is already gone (null or ESRCH): nothing ran, and the normal ending below
    // reports bwrap's own message.
    const init = await status.childPid;
    try {
      for (const p of init === null ? [] : [init, ...descendants(init)]) cgroup.add(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') {
        killTree(pid, cgroup);
        return { ...result, sandboxError: `could not place the sandbox in its cgroup: ${(err as Error).message}` };
      }
    }
  }
  if (launch.underBwrap) pipeAt(child, BLOCK_FD).end('go');
  const t0 = performance.now();

  let finished = false;
  const sampler = new Sampler({ rootPid: pid, limits: spec.limits, cgroup, envMarker: launch.envMarker, workDir: spec.workDir, onLimit: (h) => stop(h) });
  function stop(hit: LimitHit | 'cancel'): void {
    if (finished || result.limitHit || result.cancelled) return;
    if (hit === 'cancel') result.cancelled = true;
    else result.limitHit = hit;
    killTree(pid!, cgroup, sampler.survivors());
  }
  const output = new OutputCollector(spec.limits.outputBytes, spec.onOutput);
  child.stdout!.on('data', (chunk: Buffer) => output.push('stdout', chunk) || stop('output'));
  child.stderr!.on('data', (chunk: Buffer) => output.push('stderr', chunk) || stop('output'));
  pipeAt(child, 0).end(spec.stdin ?? '');
  const wall = setTimeout(() => stop('timeout'), spec.limits.wallMs);
  const onAbort = () => stop('cancel');
  spec.signal?.addEventListener('abort', onAbort, { once: true });

  if (spec.signal?.aborted) stop('cancel'); // aborted while the sandbox was being set up

  const [exitCode, signal] = await exited;
  result.durationMs = Math.round(performance.now() - t0);
  clearTimeout(wall);
  spec.signal?.removeEventListener('abort', onAbort);
  sampler.stop();
  sampler.tick(); // counters that moved between the last sample and the exit
  finished = true;
  // Whatever the ending, nothing the run started may outlive it (the cgroup, when there is one, holds it all).
  if (!cgroup) sampler.collect();
  killTree(pid, cgroup, cgroup ? [] : sampler.survivors());
  let grace: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise((r) => (grace = setTimeout(r, CLOSE_GRACE_MS)))]);
  clearTimeout(grace); // a pending grace timer would keep the event loop (and a CLI) alive for a second
  const cpuUsec = cgroup?.stats().cpuUsec ?? null;
  if (cpuUsec !== null) Object.assign(result, { cpuMs: cpuUsec / 1000, cpuSource: 'cgroup' });
  else if (sampler.cpuMs !== null) Object.assign(result, { cpuMs: sampler.cpuMs, cpuSource: 'proc' });
  for (const stream of child.stdio) stream?.destroy();
  output.finish();

  result.exitCode = exitCode;
  result.signal = signal;
  result.stdout = output.text('stdout');
  result.stderr = output.text('stderr');
  result.peakMemoryBytes = sampler.peakMemoryBytes;
  if (result.limitHit || result.cancelled) return result;
  if (status) result.sandboxError = bwrapFailure(status.text(), result.stderr);
  result.limitHit = classify({
    exitCode,
    signal,
    shellStatus: launch.underBwrap,
    cgroup: cgroup?.stats() ?? null,
    limits: spec.limits,
    workDir: spec.workDir,
  });
  return result;
}
