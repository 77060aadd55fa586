// A per-run cgroup holding the whole sandboxed tree: memory and process-count limits enforced by the kernel, plus
// usage counters (OOM kills, pids.max hits, CPU time, peak memory). cgroup v2 when a writable delegated cgroup
// with the memory and pids controllers exists, else v1 (/sys/fs/cgroup/{memory,pids,cpuacct}); null otherwise.
// Child cgroups are created under this process's own cgroup, so the app's own accounting still covers them.
import { join } from 'node:path';
import { createV1 } from './cgroup-v1.ts';
import { createV2 } from './cgroup-v2.ts';
import { mounts, ownPaths, ownV1Dir, warmAttach, type Limits } from './cgroup-fs.ts';
import type { TreeCgroup } from './cgroup-types.ts';

export type { CgroupStats, TreeCgroup } from './cgroup-types.ts';

/** A fresh cgroup for one run, or null where none can be created (non-root without delegation, macOS, ...). */
export function createTreeCgroup(limits: Limits): TreeCgroup | null {
  if (process.platform !== 'linux') return null;
  return createV2(limits) ?? createV1(limits);
}

/** Starts warming the kernel's cgroup attach path (cgroup-fs.ts warmAttach) ahead of a run that is about to be
 * prepared (a workspace being mounted and filled): the earlier it starts, the less of the wait its placement pays. */
export function warmPlacement(): void {
  if (process.platform !== 'linux') return;
  const v1 = ownV1Dir('pids');
  const v2 = mounts().find((m) => m.type === 'cgroup2');
  const own = ownPaths().get('');
  if (v1) warmAttach(v1);
  else if (v2 && own !== undefined) warmAttach(join(v2.point, own));
}
