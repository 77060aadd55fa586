// The kernel-enforced disk cap of a run's workspace: as root on Linux, every workspace is its own tmpfs mounted with
// `size=`, so writing past it fails with ENOSPC whatever the candidate does (unreadable directories, millions of
// entries, sparse tricks), and removing it is an unmount that no permission can refuse. Without root (no mount),
// the workspace is a plain directory: the sampler's scan stops a run early, and cleanup first restores the owner's
// permissions on every directory the candidate locked (chmod 0000 / 0300) so that removal cannot fail.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Size of a workspace's tmpfs: compiles (Go objects) and every run of one grading share it. */
export const WORKSPACE_BYTES = 1024 * 1024 * 1024;

/** Whether mounting was tried in this process: null until the first attempt, then whether it worked. */
let mountable: boolean | null = null;

/** Root on Linux, unless ASSAY_DISABLE_TMPFS=1: only then is a mount attempted at all. */
function mayMount(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && process.env.ASSAY_DISABLE_TMPFS !== '1';
}

function mountTmpfs(dir: string, bytes: number): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755,nosuid,nodev`, 'assay-ws', dir], { stdio: 'ignore' }).status === 0;
}

/**
 * Mounts a size-capped tmpfs on dir (mode 0755, so the sandbox's user can traverse it); false when it cannot.
 * There is no separate probe: the first attempt in a process decides, and if it fails (no `mount`, no
 * CAP_SYS_ADMIN in a container) no later workspace tries again. After one success every workspace tries.
 */
export function mountCapped(dir: string, bytes = WORKSPACE_BYTES): boolean {
  if (mountable === false || !mayMount()) return false;
  const ok = mountTmpfs(dir, bytes);
  mountable ??= ok;
  return ok;
}

/** Whether workspaces get a tmpfs here (for tests and diagnostics): the answer of the first mount, or of a trial
 * mount on a scratch directory when no workspace has been mounted yet. */
export function canMountTmpfs(): boolean {
  if (mountable !== null || !mayMount()) return mountable === true && mayMount();
  const dir = mkdtempSync(join(tmpdir(), 'assay-mount-probe-'));
  try {
    if (mountCapped(dir, 1024 * 1024)) unmount(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return mountable === true;
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
