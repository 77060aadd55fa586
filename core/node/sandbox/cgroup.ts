// A per-run cgroup holding the whole sandboxed tree: memory and process-count limits enforced by the kernel, plus
// usage counters (OOM kills, pids.max hits, CPU time, peak memory). cgroup v2 when a writable delegated cgroup
// with the memory and pids controllers exists, else v1 (/sys/fs/cgroup/{memory,pids,cpuacct}); null otherwise.
// Child cgroups are created under this process's own cgroup, so the app's own accounting still covers them.
import { createV1 } from './cgroup-v1.ts';
import { createV2 } from './cgroup-v2.ts';
import type { Limits } from './cgroup-fs.ts';
import type { TreeCgroup } from './cgroup-types.ts';

export type { CgroupStats, TreeCgroup } from './cgroup-types.ts';

/** A fresh cgroup for one run, or null where none can be created (non-root without delegation, macOS, ...). */
export function createTreeCgroup(limits: Limits): TreeCgroup | null {
  if (process.platform !== 'linux') return null;
  return createV2(limits) ?? createV1(limits);
}
