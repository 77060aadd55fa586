// Per-process rlimits applied right before exec of the command: util-linux prlimit where present, else a fixed
// POSIX sh `ulimit` script (the command still travels as separate argv entries, never through a shell string).
import type { SandboxLimits } from './types.ts';

export interface LimitTools {
  prlimit: string | null;
  /** Apply RLIMIT_NPROC. Only meaningful inside a fresh user namespace; on the host it counts every process of the uid. */
  nproc: boolean;
}

function whole(n: number, name: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`sandbox limit ${name} must be a positive number, got ${n}`);
  return Math.ceil(n);
}

/** argv prefix that applies the limits and then execs the rest of argv. Empty where no mechanism exists (Windows). */
export function limitPrefix(limits: SandboxLimits, tools: LimitTools): string[] {
  const cpu = whole(limits.cpuSec, 'cpuSec');
  const fsize = whole(limits.fileSizeBytes, 'fileSizeBytes');
  const nofile = whole(limits.openFiles, 'openFiles');
  const nproc = whole(limits.processes, 'processes');
  if (tools.prlimit) {
    // Soft CPU limit sends SIGXCPU; the hard limit one second later is SIGKILL for programs that ignore it.
    const args = [tools.prlimit, `--cpu=${cpu}:${cpu + 1}`, `--fsize=${fsize}`, `--nofile=${nofile}`, '--core=0'];
    if (tools.nproc) args.push(`--nproc=${nproc}`);
    return [...args, '--'];
  }
  if (process.platform === 'win32') return [];
  // No portable process-count ulimit in POSIX sh; processes are then bounded by the cgroup or the sampler.
  // ulimit -f counts 512-byte blocks in POSIX sh. All values are integers validated above.
  const script = [
    `ulimit -S -t ${cpu}`,
    `ulimit -H -t ${cpu + 1}`,
    `ulimit -f ${Math.max(1, Math.floor(fsize / 512))}`,
    `ulimit -c 0`,
    `{ ulimit -n ${nofile} 2>/dev/null || true; }`,
    'exec "$@"',
  ].join(' && ');
  return ['/bin/sh', '-c', script, 'assay-limits'];
}
