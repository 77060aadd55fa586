// A per-run cgroup holding the whole sandboxed tree: memory and process-count limits enforced by the kernel, plus
// usage counters (OOM kills, pids.max hits, CPU time, peak memory). cgroup v2 when a writable delegated cgroup
// with the memory and pids controllers exists, else v1 (/sys/fs/cgroup/{memory,pids,cpuacct}); null otherwise.
// Child cgroups are created under this process's own cgroup, so the app's own accounting still covers them.
import { join } from 'node:path';
import { makeV1 } from './cgroup-v1.ts';
import { makeV2 } from './cgroup-v2.ts';
import { mounts, ownPaths, ownV1Dir, warmAttach, type Limits } from './cgroup-fs.ts';
import type { MadeCgroup, TreeCgroup } from './cgroup-types.ts';

export type { CgroupStats, TreeCgroup } from './cgroup-types.ts';

/** A fresh cgroup for one run, or null where none can be created (non-root without delegation, macOS, ...). */
export function createTreeCgroup(limits: Limits): TreeCgroup | null {
  if (process.platform !== 'linux') return null;
  const ready = spare;
  spare = null;
  return ready?.limit(limits) ?? makeV2()?.limit(limits) ?? makeV1()?.limit(limits) ?? null;
}

/** Directories made ahead by warmPlacement for the next run's cgroup. Making them takes the kernel's cgroup lock,
 * which a warm-up write holds while it waits out its grace period: made first, they do not wait for it. */
let spare: MadeCgroup | null = null;

/** Removes the directories made ahead when no run used them (a workspace's end). */
export function discardSpareCgroup(): void {
  spare?.discard();
  spare = null;
}

/** How long a workspace keeps the attach path warm before its first run has a cgroup of its own (which then keeps
 * it warm until that run is placed). */
const WORKSPACE_WARM_MS = 300;

/** Opens the kernel's fast path for cgroup placement (cgroup-fs.ts warmAttach) ahead of a run that is about to be
 * prepared (a workspace being mounted and filled), so the placement does not wait out an RCU grace period. */
export function warmPlacement(): void {
  if (process.platform !== 'linux') return;
  spare ??= makeV2() ?? makeV1();
  const v1 = ownV1Dir('pids');
  const v2 = mounts().find((m) => m.type === 'cgroup2');
  const own = ownPaths().get('');
  if (v1) warmAttach(v1, WORKSPACE_WARM_MS);
  else if (v2 && own !== undefined) warmAttach(join(v2.point, own), WORKSPACE_WARM_MS);
}
