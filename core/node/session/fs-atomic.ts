// Crash-safe file primitives. writeAtomic: temp file + fsync + rename + directory fsync, so a reader (or a
// reopened session after kill -9) sees either the old bytes or the new bytes, never a mix. appendDurable: one
// fsync'd append; a crash can only leave a torn final line, which readLog detects and repairTornTail removes.
import { closeSync, fsyncSync, openSync, renameSync, writeSync, rmSync, readFileSync, truncateSync, existsSync, readdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TMP_MARK = '.tmp-';

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `${basename(path)}${TMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
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

/** Appends one JSON record as a line and fsyncs it. */
export function appendDurable(path: string, record: unknown): void {
  const fd = openSync(path, 'a', 0o600);
  try {
    const buf = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface LogRead<T> {
  records: T[];
  /** Byte length of the complete, parseable prefix. Less than the file size when the tail is torn. */
  goodBytes: number;
  tornTail: boolean;
}

/**
 * Reads a JSON-lines log. A final line that is unterminated or unparseable is a torn tail (a crash mid-append);
 * an unparseable line anywhere else is real corruption and throws.
 */
export function readLog<T>(path: string, parse: (v: unknown) => T): LogRead<T> {
  if (!existsSync(path)) return { records: [], goodBytes: 0, tornTail: false };
  const buf = readFileSync(path);
  const records: T[] = [];
  let start = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    if (nl === -1) return { records, goodBytes: start, tornTail: true };
    const line = buf.subarray(start, nl).toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (nl === buf.length - 1) return { records, goodBytes: start, tornTail: true };
      throw new Error(`${path}: corrupt record at byte ${start}`);
    }
    records.push(parse(value));
    start = nl + 1;
  }
  return { records, goodBytes: start, tornTail: false };
}

export function repairTornTail(path: string, goodBytes: number): void {
  truncateSync(path, goodBytes);
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
