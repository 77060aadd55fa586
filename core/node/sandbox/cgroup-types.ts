// What a run's cgroup offers, whichever version (v1: cgroup-v1.ts, v2: cgroup-v2.ts) made it.

export interface CgroupStats {
  oomKills: number;
  pidsMaxHits: number;
  cpuUsec: number | null;
  memoryPeak: number | null;
}

export interface TreeCgroup {
  /** Moves a process (and so its future children) into the cgroup. Throws when the kernel refuses. */
  add(pid: number): void;
  stats(): CgroupStats;
  /** SIGKILLs everything inside (cgroup.kill on v2). */
  killAll(): void;
  /** Kills what is left, waits for the cgroup to empty (up to `waitMs`) and removes it. */
  dispose(waitMs?: number): Promise<void>;
}

/** A run's cgroup directories, made ahead of the run (before the placement warm-up, cgroup.ts warmPlacement) and
 * limited once the run's limits are known. */
export interface MadeCgroup {
  /** Writes the limits: the run's cgroup, or null (directories removed) when the kernel refuses them. */
  limit(limits: { memoryBytes: number; processes: number }): TreeCgroup | null;
  /** Removes the directories of a cgroup never used. */
  discard(): void;
}
