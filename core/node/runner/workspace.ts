// Temp directories for runs: every run gets a fresh root under os.tmpdir(), removed afterwards whatever happens.
// Each sandbox invocation that executes candidate code gets its own subdirectory, so nothing a run writes is
// ever used by a later step (compiled binaries are moved out of the compile dir before candidate code runs).
import { mkdtempSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, isAbsolute } from 'node:path';
import type { FileSet } from '../library/load.ts';
import { discardSpareCgroup, warmPlacement } from '../sandbox/cgroup.ts';
import { forceRemove, mountCapped, unmount } from './disk.ts';

export class Workspace {
  readonly root: string;
  /** The root is a size-capped tmpfs (root on Linux): the kernel enforces the disk cap. See disk.ts. */
  readonly capped: boolean;

  constructor(capBytes?: number) {
    warmPlacement(); // its runs will be placed in cgroups: start the kernel's slow first placement now
    this.root = mkdtempSync(join(tmpdir(), 'assay-run-'));
    this.capped = mountCapped(this.root, capBytes);
  }

  /** A new empty subdirectory of the root. */
  dir(name: string): string {
    const path = join(this.root, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** Moves a file (e.g. a compiled binary) into another directory of this workspace, returning its new path. */
  move(from: string, toDir: string, name: string): string {
    const to = join(toDir, name);
    renameSync(from, to);
    return to;
  }

  /** Unmounts (capped) and removes the root, whatever permissions the candidate set inside. */
  dispose(): void {
    discardSpareCgroup();
    if (this.capped) unmount(this.root);
    forceRemove(this.root);
  }
}

/** Writes files (POSIX relative paths) below dir. Refuses absolute paths and `..` segments. */
export function writeFiles(dir: string, files: FileSet): void {
  for (const [rel, content] of Object.entries(files)) {
    if (isAbsolute(rel) || rel.split('/').some((s) => s === '..' || s === '')) throw new Error(`unsafe file path ${JSON.stringify(rel)}`);
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Runs fn with a fresh workspace and always removes it afterwards. */
export async function withWorkspace<T>(fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = new Workspace();
  try {
    return await fn(ws);
  } finally {
    ws.dispose();
  }
}
