// Builds the bubblewrap command line for one run. Pure apart from lstat/readlink of the host's system dirs.
import { lstatSync, readlinkSync } from 'node:fs';

/** Read-only system and toolchain directories; symlinked ones (merged /usr) are recreated as symlinks. */
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

/** The few /etc entries toolchains read. Never /etc/shadow, /etc/passwd of the host, or anything secret. */
const ETC_ENTRIES = [
  '/etc/alternatives',
  '/etc/ld.so.cache',
  '/etc/ld.so.conf',
  '/etc/ld.so.conf.d',
  '/etc/localtime',
  '/etc/nsswitch.conf',
  '/etc/mime.types',
  '/etc/protocols',
  '/etc/services',
  '/etc/ssl/certs',
];

/** bwrap waits on this fd before starting the command (the caller first moves it into the run's cgroup). */
export const BLOCK_FD = 3;
/** bwrap reports JSON status here; an "exit-code" record appears only if the command itself ran and exited. */
export const STATUS_FD = 4;
/** Synthesised /etc files, written into the pipes from FIRST_DATA_FD on, in this order. */
export const DATA_FILES: Array<{ dest: string; text: string }> = [
  {
    dest: '/etc/passwd',
    text: 'root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
  },
  { dest: '/etc/group', text: 'root:x:0:\nnogroup:x:65534:\n' },
  { dest: '/etc/hosts', text: '127.0.0.1\tlocalhost\n::1\tlocalhost\n' },
];
export const FIRST_DATA_FD = STATUS_FD + 1;

export function systemMountArgs(): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    let isLink: boolean;
    try {
      isLink = lstatSync(dir).isSymbolicLink();
    } catch {
      continue;
    }
    if (isLink) args.push('--symlink', readlinkSync(dir), dir);
    else args.push('--ro-bind', dir, dir);
  }
  for (const entry of ETC_ENTRIES) args.push('--ro-bind-try', entry, entry);
  return args;
}

export interface BwrapPlan {
  workDir: string;
  cwd: string;
  env: Record<string, string>;
  readOnly: string[];
  overlays: string[];
  /** bwrap can make a user namespace: add --unshare-user --disable-userns (no nested namespaces). */
  userns: boolean;
  /** bwrap has --overlay-src/--tmp-overlay (0.9+); otherwise overlays are bound read-only. */
  overlaySupport: boolean;
  /** Size cap for each private tmpfs (/tmp, /dev/shm), bytes. */
  tmpBytes: number;
}

/** Everything up to and including the `--`; the caller appends the command. */
export function bwrapArgs(plan: BwrapPlan): string[] {
  const args = ['--unshare-all'];
  if (plan.userns) args.push('--unshare-user', '--disable-userns');
  args.push('--die-with-parent', '--new-session', '--cap-drop', 'ALL', '--hostname', 'assay');
  args.push(...systemMountArgs());
  DATA_FILES.forEach((file, i) => args.push('--perms', '0644', '--ro-bind-data', String(FIRST_DATA_FD + i), file.dest));
  args.push('--proc', '/proc', '--dev', '/dev');
  args.push('--size', String(plan.tmpBytes), '--tmpfs', '/tmp', '--size', String(plan.tmpBytes), '--tmpfs', '/dev/shm');
  for (const path of plan.readOnly) args.push('--ro-bind', path, path);
  for (const path of plan.overlays) {
    if (plan.overlaySupport) args.push('--overlay-src', path, '--tmp-overlay', path);
    else args.push('--ro-bind', path, path);
  }
  args.push('--bind', plan.workDir, plan.workDir);
  // bwrap's root is a tmpfs; freeze it so only /tmp and the work dir take writes.
  args.push('--remount-ro', '/', '--chdir', plan.cwd);
  args.push('--clearenv');
  for (const [key, value] of Object.entries(plan.env)) args.push('--setenv', key, value);
  args.push('--block-fd', String(BLOCK_FD), '--json-status-fd', String(STATUS_FD), '--');
  return args;
}

/** stdio layout for spawn: stdin, stdout, stderr, the block fd, the status fd, then one pipe per synthesised file. */
export function bwrapStdio(): Array<'pipe'> {
  return new Array(FIRST_DATA_FD + DATA_FILES.length).fill('pipe');
}
