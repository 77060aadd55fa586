// cgroup v2: one directory with memory.max and pids.max, under the first of (this process's own cgroup, the root)
// that is writable and already delegates the memory and pids controllers to its children. Controllers are never
// switched on here: that would change the host's cgroup setup (and fails anyway in a cgroup that holds processes).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MadeCgroup, TreeCgroup } from './cgroup-types.ts';
import { keyed, killPids, makeChild, mounts, nextName, ownPaths, procsOf, removeDirs, tryRead, warmAttach, type Limits } from './cgroup-fs.ts';

function delegating(parent: string): boolean {
  const enabled = (tryRead(join(parent, 'cgroup.subtree_control')) ?? '').split(/\s+/);
  return enabled.includes('memory') && enabled.includes('pids');
}

/** The directory of a new v2 cgroup (no limits yet), or null where none can be made. */
export function makeV2(): MadeCgroup | null {
  const mount = mounts().find((m) => m.type === 'cgroup2');
  const own = ownPaths().get('');
  if (!mount || own === undefined) return null;
  const name = nextName();
  let dir: string | null = null;
  for (const parent of new Set([join(mount.point, own), mount.point])) {
    if (!delegating(parent)) continue;
    try {
      dir = makeChild(parent, name);
      break;
    } catch {
      // not writable here
    }
  }
  if (!dir) return null;
  const made = dir;
  return {
    limit: (limits) => limitV2(mount.point, own, made, limits),
    discard: () => void removeDirs([made], 0),
  };
}

function limitV2(point: string, own: string, dir: string, limits: Limits): TreeCgroup | null {
  try {
    writeFileSync(join(dir, 'memory.max'), String(limits.memoryBytes));
    writeFileSync(join(dir, 'pids.max'), String(limits.processes));
    try {
      writeFileSync(join(dir, 'memory.swap.max'), '0');
    } catch {
      // no swap accounting: nothing to cap
    }
  } catch {
    void removeDirs([dir], 0);
    return null;
  }
  const cool = warmAttach(join(point, own));
  const peakFile = join(dir, 'memory.peak');
  return {
    add: (pid) => {
      try {
        writeFileSync(join(dir, 'cgroup.procs'), String(pid));
      } finally {
        cool();
      }
    },
    stats: () => ({
      oomKills: keyed(tryRead(join(dir, 'memory.events')), 'oom_kill'),
      pidsMaxHits: keyed(tryRead(join(dir, 'pids.events')), 'max'),
      cpuUsec: keyed(tryRead(join(dir, 'cpu.stat')), 'usage_usec'),
      memoryPeak: existsSync(peakFile) ? Number(tryRead(peakFile) ?? 0) : null,
    }),
    killAll: () => {
      try {
        writeFileSync(join(dir, 'cgroup.kill'), '1');
      } catch {
        killPids(procsOf(dir));
      }
    },
    dispose: (waitMs = 2000) => (cool(), removeDirs([dir], waitMs)),
  };
}
