// cgroup v1: a directory per controller hierarchy (memory, pids, and cpuacct when present) under this process's
// own cgroup in each, all holding the same processes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MadeCgroup, TreeCgroup } from './cgroup-types.ts';
import { keyed, killPids, makeChild, nextName, ownV1Dir, procsOf, removeDirs, tryRead, warmAttach, type Limits } from './cgroup-fs.ts';

/** The directories of a new v1 cgroup (no limits yet), or null where they cannot be made. */
export function makeV1(): MadeCgroup | null {
  const dirs: string[] = [];
  const name = nextName();
  const child = (controller: string, required: boolean): string | null => {
    const parent = ownV1Dir(controller);
    try {
      if (!parent) throw new Error('no hierarchy');
      const shared = dirs.find((d) => d === join(parent, name)); // controllers mounted together share a dir
      if (shared) return shared;
      const dir = makeChild(parent, name);
      dirs.push(dir);
      return dir;
    } catch (err) {
      if (required) throw err;
      return null;
    }
  };
  let memory: string;
  let pids: string;
  let cpu: string | null;
  try {
    memory = child('memory', true)!;
    pids = child('pids', true)!;
    cpu = child('cpuacct', false);
  } catch {
    void removeDirs(dirs, 0);
    return null;
  }
  return {
    limit: (limits) => limitV1(dirs, memory, pids, cpu, limits),
    discard: () => void removeDirs(dirs, 0),
  };
}

function limitV1(dirs: string[], memory: string, pids: string, cpu: string | null, limits: Limits): TreeCgroup | null {
  try {
    writeFileSync(join(memory, 'memory.limit_in_bytes'), String(limits.memoryBytes));
    try {
      writeFileSync(join(memory, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes));
    } catch {
      // swap accounting disabled: memory.limit_in_bytes alone applies
    }
    writeFileSync(join(pids, 'pids.max'), String(limits.processes));
  } catch {
    void removeDirs(dirs, 0);
    return null;
  }
  const cool = warmAttach(ownV1Dir('pids')!);
  const killAll = () => {
    for (const dir of dirs) killPids(procsOf(dir));
  };
  return {
    add: (pid) => {
      try {
        for (const dir of dirs) writeFileSync(join(dir, 'cgroup.procs'), String(pid));
      } finally {
        cool();
      }
    },
    stats: () => {
      const usage = cpu ? tryRead(join(cpu, 'cpuacct.usage')) : null;
      const peak = tryRead(join(memory, 'memory.max_usage_in_bytes'));
      return {
        oomKills: keyed(tryRead(join(memory, 'memory.oom_control')), 'oom_kill'),
        pidsMaxHits: keyed(tryRead(join(pids, 'pids.events')), 'max'),
        cpuUsec: usage === null ? null : Math.floor(Number(usage) / 1000),
        memoryPeak: peak === null ? null : Number(peak),
      };
    },
    killAll,
    dispose: (waitMs = 2000) => (cool(), removeDirs(dirs, waitMs)),
  };
}
