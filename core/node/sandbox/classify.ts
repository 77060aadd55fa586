// After a run ends on its own: which limit, if any, ended it. Signals from rlimits arrive either directly
// (reduced mode) or as bwrap's 128+N exit status (full mode, where the command runs under bwrap's init).
import { constants } from 'node:os';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CgroupStats } from './cgroup.ts';
import type { LimitHit, SandboxLimits } from './types.ts';

export interface Ending {
  exitCode: number | null;
  signal: string | null;
  /** Exit statuses above 128 mean "killed by signal N-128" (bwrap's convention). */
  shellStatus: boolean;
  cgroup: CgroupStats | null;
  limits: SandboxLimits;
  workDir: string;
}

const SIGXCPU = constants.signals.SIGXCPU;
const SIGXFSZ = constants.signals.SIGXFSZ;

function killedBy(end: Ending, name: 'SIGXCPU' | 'SIGXFSZ', num: number | undefined): boolean {
  if (end.signal === name) return true;
  return end.shellStatus && num !== undefined && end.exitCode === 128 + num;
}

export function classify(end: Ending): LimitHit | null {
  const cg = end.cgroup;
  if (cg && cg.oomKills > 0) return 'memory';
  if (cg && cg.pidsMaxHits > 0) return 'processes';
  if (killedBy(end, 'SIGXCPU', SIGXCPU)) return 'cpu';
  if (cg && cg.cpuUsec !== null && cg.cpuUsec > end.limits.cpuSec * 1e6) return 'cpu';
  if (killedBy(end, 'SIGXFSZ', SIGXFSZ)) return 'file_size';
  // Runtimes that ignore SIGXFSZ (Python, Go) see EFBIG instead and fail; the file is then left at the cap.
  if (end.exitCode !== 0 && fileAtLimit(end.workDir, end.limits.fileSizeBytes)) return 'file_size';
  return null;
}

/** True when some regular file under dir (bounded walk) has reached the RLIMIT_FSIZE cap. */
export function fileAtLimit(dir: string, limit: number, budget = { entries: 5000 }): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  for (const name of names) {
    if (--budget.entries < 0) return false;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isFile() && st.size >= limit) return true;
      if (st.isDirectory() && fileAtLimit(path, limit, budget)) return true;
    } catch {
      // vanished
    }
  }
  return false;
}

/** Allocated bytes under dir (bounded walk; stops counting once past `stopAt`). Symlinks are not followed. */
export function dirBytes(dir: string, stopAt: number, budget = { entries: 20000 }): number {
  let total = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (--budget.entries < 0 || total > stopAt) break;
    try {
      const st = lstatSync(join(dir, name));
      if (st.isFile()) total += st.blocks * 512; // allocated, so sparse files count for what they really use
      else if (st.isDirectory()) total += dirBytes(join(dir, name), stopAt - total, budget);
    } catch {
      // vanished
    }
  }
  return total;
}
