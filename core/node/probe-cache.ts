// Probe results (toolchain versions, whether bubblewrap works) cached on disk between processes, keyed by the
// identity of the files they describe: each probe names its "witnesses" (the binary, gem spec dirs...), and a
// cached result is used only while every witness still has the same path, size, mtime and inode. Anything else
// (an upgrade, a reinstall, a reboot when the key says so) means a fresh probe. ASSAY_PROBE_CACHE=0 disables it.
// Lives in the same directory as the Go build cache (ASSAY_CACHE_DIR, else XDG_CACHE_HOME or ~/.cache + /assay).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const FORMAT = 1;

/** ASSAY_CACHE_DIR, else the OS cache dir (XDG_CACHE_HOME or ~/.cache) + /assay. */
export function assayCacheRoot(): string {
  return process.env.ASSAY_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'assay');
}

export function probeCacheDir(): string {
  return join(assayCacheRoot(), 'probes');
}

/** path → "size:mtime:inode", or "missing". */
export function fileIdentity(path: string): string {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

interface Stored<T> {
  format: number;
  witnesses: [string, string][];
  value: T;
}

export interface Probed<T> {
  value: T;
  /** Files whose change invalidates the value (beyond the key). */
  witnesses: string[];
}

function fileFor(name: string, key: unknown[]): string {
  const h = createHash('sha256').update(JSON.stringify([FORMAT, name, key])).digest('hex').slice(0, 32);
  return join(probeCacheDir(), `${name}-${h}.json`);
}

function load<T>(file: string): T | undefined {
  let stored: Stored<T>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
  } catch {
    return undefined;
  }
  if (stored?.format !== FORMAT || !Array.isArray(stored.witnesses) || stored.witnesses.length === 0) return undefined;
  return stored.witnesses.every(([p, id]) => fileIdentity(p) === id) ? stored.value : undefined;
}

/**
 * The cached value for (name, key) while its witnesses are unchanged; otherwise runs probe and stores what it
 * returns. Only successful probes are stored (a throwing probe is retried next time). Never fails for cache I/O.
 */
export async function cachedProbe<T>(name: string, key: unknown[], probe: () => Promise<Probed<T>>): Promise<T> {
  const enabled = process.env.ASSAY_PROBE_CACHE !== '0';
  const file = fileFor(name, key);
  if (enabled) {
    const hit = load<T>(file);
    if (hit !== undefined) return hit;
  }
  const fresh = await probe();
  if (enabled) {
    try {
      const stored: Stored<T> = { format: FORMAT, witnesses: fresh.witnesses.map((p) => [p, fileIdentity(p)]), value: fresh.value };
      mkdirSync(probeCacheDir(), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, file);
    } catch {
      // a read-only cache dir only costs the next process a probe
    }
  }
  return fresh.value;
}

/** Kernel facts that decide whether namespaces work: re-probe after a reboot or a sysctl change. */
export function kernelKey(): string[] {
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8').trim();
    } catch {
      return '';
    }
  };
  return [
    read('/proc/sys/kernel/random/boot_id'),
    read('/proc/sys/user/max_user_namespaces'),
    read('/proc/sys/kernel/unprivileged_userns_clone'),
    read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    String(process.getuid?.() ?? ''),
  ];
}
