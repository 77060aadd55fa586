// The one crash-safe file replacement for every platform. Bytes go to a temp file in the target's directory, are
// fsync'd, and the temp file is renamed over the target, so a reader (or a process reopening after kill -9) sees
// the old bytes or the new ones, never a mix.
//   Linux, macOS: the directory is fsync'd afterwards so the rename itself survives a power cut.
//   Windows: a directory cannot be opened for fsync (EISDIR/EPERM), and NTFS journals the rename itself, so
//            there is no directory fsync. A rename over a file that another process (an indexer, an antivirus
//            scanner, a reader) holds open fails with EPERM/EACCES/EBUSY for a moment: it is retried with backoff.
// A failed write removes its temp file; removeStaleTemps clears those a crash left behind.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Marks temp files in their name (`<target>.tmp-<pid>-<hex>`). */
export const TMP_MARK = '.tmp-';
const RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RETRY_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640];

export interface AtomicWriteOptions {
  /** File mode of a newly created file (default 0o600: assessment data is private). */
  mode?: number;
  /** The platform's rules to follow (default process.platform); tests pass 'win32' to exercise the Windows path. */
  platform?: NodeJS.Platform;
  /** Rename and directory fsync, replaceable in tests to simulate a locked file. */
  fs?: { rename: (from: string, to: string) => void; fsyncDir: (dir: string) => void };
}

export function writeAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const platform = opts.platform ?? process.platform;
  const rename = opts.fs?.rename ?? renameSync;
  const tmp = join(dirname(path), `${basename(path)}${TMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'wx', opts.mode ?? 0o600);
  try {
    try {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (platform === 'win32') renameWithRetry(rename, tmp, path);
    else rename(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  if (platform !== 'win32') (opts.fs?.fsyncDir ?? fsyncDir)(dirname(path));
}

function renameWithRetry(rename: (from: string, to: string) => void, from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const delay = RETRY_DELAYS_MS[attempt];
      if (!RETRY_CODES.has(code) || delay === undefined) throw e;
      sleepSync(delay);
    }
  }
}

/** Blocks the thread briefly (writeAtomic is synchronous; the waits total at most 1.3 s, on Windows only). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** fsync of a directory (POSIX only), so a rename in it is durable. */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes temp files a crash left behind in dir (they never replaced anything, so they hold nothing needed). */
export function removeStaleTemps(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    if (name.includes(TMP_MARK)) {
      rmSync(join(dir, name), { force: true });
      n++;
    }
  }
  return n;
}
