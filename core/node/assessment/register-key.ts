// The interviewer's register key: 32 random bytes created on first use, kept with the app's data on this machine
// (mode 0600) and never written into a pack or a bundle. It authenticates register records (HMAC-SHA256).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IssuedPackRecord } from '../../common/issue.ts';
import { canonicalJson } from '../container/hash.ts';
import { writeAtomic } from '../fs/atomic-write.ts';

export function loadOrCreateKey(path: string): Buffer {
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`the register key ${path} is damaged (expected 64 hex digits); restore it from a backup`);
    return key;
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  writeAtomic(path, `${key.toString('hex')}\n`);
  chmodSync(path, 0o600);
  return key;
}

export function recordMac(key: Buffer, record: IssuedPackRecord): string {
  return createHmac('sha256', key).update(canonicalJson(record)).digest('hex');
}

export function macMatches(key: Buffer, record: IssuedPackRecord, mac: string): boolean {
  const want = Buffer.from(recordMac(key, record), 'hex');
  const got = Buffer.from(mac, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}
