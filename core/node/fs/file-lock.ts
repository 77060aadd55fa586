// A cross-process lock for short read-modify-write sections on one file (the register of issued packs is written
// by the app and by `assay pack`, possibly at the same moment). The lock is a file created with O_EXCL next to
// the guarded file; a holder that died leaves a lock older than STALE_MS, which the next writer removes.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';

const STALE_MS = 10_000;
const WAIT_MS = 5_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function tryAcquire(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx', 0o600);
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { force: true });
    } catch { /* released meanwhile */ }
    return false;
  }
}

/** Runs fn while holding `<path>.lock`; throws when the lock cannot be had within WAIT_MS. */
export function withFileLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  const until = Date.now() + WAIT_MS;
  while (!tryAcquire(lock)) {
    if (Date.now() > until) throw new Error(`${path} is locked by another Assay process (${lock}); try again`);
    Atomics.wait(sleeper, 0, 0, 10);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
