// Crash-safe file primitives. writeAtomic (temp file + fsync + rename, per platform) lives in ../fs/atomic-write.ts
// and is re-exported here. appendDurable: one fsync'd append; a crash can only leave a torn final line, which
// readLog detects and repairTornTail removes.
import { closeSync, fsyncSync, openSync, writeSync, readFileSync, truncateSync, existsSync } from 'node:fs';

export { writeAtomic, removeStaleTemps } from '../fs/atomic-write.ts';

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
