// Decides whether runs get full isolation (bubblewrap) or reduced isolation (limits + process-group kill only).
// The probe runs once per process and is cached on disk keyed by the bwrap and prlimit binaries' identity and the
// kernel facts that decide whether namespaces work (boot id, userns sysctls, uid): see ../probe-cache.ts.
// ASSAY_DISABLE_BWRAP=1 is read on every call so tests can flip it.
import { spawnSync } from 'node:child_process';
import { systemMountArgs } from './bwrap-args.ts';
import { cachedProbe, kernelKey } from '../probe-cache.ts';
import { which } from './which.ts';

export interface Detection {
  isolation: 'full' | 'reduced';
  detail: string;
  bwrap: string | null;
  /** bwrap could create a user namespace (enables --disable-userns and a per-sandbox RLIMIT_NPROC count). */
  userns: boolean;
  /** util-linux prlimit, used to apply rlimits right before exec. */
  prlimit: string | null;
  /** bwrap has --overlay-src/--tmp-overlay (bubblewrap 0.9+). */
  overlay: boolean;
}

let probed: Promise<Detection> | null = null;

export async function detectIsolation(): Promise<Detection> {
  probed ??= cachedDetection();
  const found = await probed;
  if (process.env.ASSAY_DISABLE_BWRAP === '1') {
    return { ...found, isolation: 'reduced', bwrap: null, userns: false, detail: 'it is disabled by ASSAY_DISABLE_BWRAP=1' };
  }
  return found;
}

function cachedDetection(): Promise<Detection> {
  if (process.platform !== 'linux') return Promise.resolve(probe());
  const bins = [which('bwrap'), which('prlimit')];
  const witnesses = bins.filter((b): b is string => b !== null);
  return cachedProbe('isolation', [...bins, ...kernelKey(), process.env.PATH ?? ''], async () => ({ value: probe(), witnesses }));
}

function probe(): Detection {
  const prlimit = process.platform === 'linux' ? which('prlimit') : null;
  const reduced = (detail: string): Detection => ({ isolation: 'reduced', detail, bwrap: null, userns: false, prlimit, overlay: false });
  if (process.platform !== 'linux') return reduced(`bubblewrap is Linux-only (this is ${process.platform})`);
  const bwrap = which('bwrap');
  if (!bwrap) return reduced('bwrap was not found on PATH');
  const base = ['--unshare-all', '--die-with-parent', '--new-session', '--cap-drop', 'ALL', ...systemMountArgs(), '--proc', '/proc', '--dev', '/dev'];
  const tryRun = (extra: string[]) =>
    spawnSync(bwrap, [...extra, ...base, '--', 'true'], { env: { PATH: '/usr/bin:/bin' }, timeout: 10_000, encoding: 'utf8' });
  const overlay = spawnSync(bwrap, ['--help'], { encoding: 'utf8', timeout: 5_000 }).stdout?.includes('--overlay-src') ?? false;
  const full = (userns: boolean): Detection => ({
    isolation: 'full',
    detail: `bubblewrap at ${bwrap} (${userns ? 'user namespace' : 'no user namespace'}${overlay ? ', overlays' : ''})`,
    bwrap,
    userns,
    prlimit,
    overlay,
  });
  const withUserns = tryRun(['--unshare-user', '--disable-userns']);
  if (withUserns.status === 0) return full(true);
  const plain = tryRun([]);
  if (plain.status === 0) return full(false);
  const why = (plain.stderr || withUserns.stderr || String(plain.error ?? `exit ${plain.status}`)).trim().split('\n')[0];
  return reduced(`bwrap at ${bwrap} is unusable here: ${why}`);
}
