// The kernel-enforced disk cap of a run's workspace: as root on Linux, every workspace is its own tmpfs mounted with
// `size=`, so writing past it fails with ENOSPC whatever the candidate does (unreadable directories, millions of
// entries, sparse tricks), and removing it is an unmount that no permission can refuse. Without root (no mount),
// the workspace is a plain directory: the sampler's scan stops a run early, and cleanup first restores the owner's
// permissions on every directory the candidate locked (chmod 0000 / 0300) so that removal cannot fail.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Size of a workspace's tmpfs: compiles (Go objects) and every run of one grading share it. */
export const WORKSPACE_BYTES = 1024 * 1024 * 1024;

let mountable: boolean | null = null;

/** Root on Linux with a working `mount`: probed once (by mounting nothing, only checking the binary). */
export function canMountTmpfs(): boolean {
  if (mountable !== null) return mountable;
  mountable = process.platform === 'linux' && process.getuid?.() === 0 && process.env.ASSAY_DISABLE_TMPFS !== '1' &&
    spawnSync('mount', ['--version'], { stdio: 'ignore' }).status === 0;
  return mountable;
}

/** Mounts a size-capped tmpfs on dir (mode 0755, so the sandbox's user can traverse it); false when it cannot. */
export function mountCapped(dir: string, bytes = WORKSPACE_BYTES): boolean {
  if (!canMountTmpfs()) return false;
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755,nosuid,nodev`, 'assay-ws', dir], { stdio: 'ignore' });
  return r.status === 0;
}

export function unmount(dir: string): void {
  if (spawnSync('umount', [dir], { stdio: 'ignore' }).status !== 0) spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
}

/** Gives the owner rwx back on every directory below dir (never following symlinks), so rm can descend. */
function unlock(dir: string): void {
  try {
    chmodSync(dir, 0o700);
  } catch {
    return;
  }
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    try {
      if (lstatSync(p).isDirectory()) unlock(p);
    } catch {
      // vanished
    }
  }
}

/** Removes dir whatever permissions were set inside it. */
export function forceRemove(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    return;
  } catch {
    unlock(dir);
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
