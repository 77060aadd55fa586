// Importing submission bundles into the interviewer's store: each file is read once, validated from those bytes,
// and only then written (atomically, named by its digest) into the store. A bad bundle gets a clear error and
// leaves the store untouched; the others still import.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Flag } from '../../common/results.ts';
import { ContainerError, DEFAULT_LIMITS, type ContainerErrorCode } from '../container/container.ts';
import { decodeBundle, readBundle, type ReadBundleResult } from './read.ts';
import { BUNDLE_EXTENSION } from './create.ts';
import { writeAtomic } from '../fs/atomic-write.ts';

export type ImportResult =
  | { source: string; ok: true; digest: string; candidate: string; stored: string; duplicate: boolean; warnings: Flag[] }
  | { source: string; ok: false; code: ContainerErrorCode; error: string };

function readBytes(source: string): Buffer {
  let size: number;
  try {
    const st = statSync(source);
    if (!st.isFile()) throw new ContainerError('unreadable', 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ContainerError) throw e;
    throw new ContainerError('unreadable', (e as Error).message);
  }
  if (size > DEFAULT_LIMITS.fileBytes) throw new ContainerError('too_large', `file larger than ${DEFAULT_LIMITS.fileBytes} bytes`);
  return readFileSync(source);
}

export function importBundles(sources: string[], storeDir: string): ImportResult[] {
  mkdirSync(storeDir, { recursive: true });
  return sources.map((source): ImportResult => {
    let bytes: Buffer;
    let read: ReadBundleResult;
    try {
      bytes = readBytes(source);
      read = decodeBundle(bytes);
    } catch (e) {
      if (e instanceof ContainerError) return { source, ok: false, code: e.code, error: `${source}: ${e.message}` };
      throw e;
    }
    const stored = join(storeDir, `${read.bundle.digest}${BUNDLE_EXTENSION}`);
    const duplicate = existsSync(stored);
    if (!duplicate) writeAtomic(stored, bytes);
    const candidate = read.bundle.submission.assessment.candidateName;
    return { source, ok: true, digest: read.bundle.digest, candidate, stored, duplicate, warnings: read.warnings };
  });
}

/** Every bundle in the store, re-validated. */
export function loadStore(storeDir: string): ReadBundleResult[] {
  if (!existsSync(storeDir)) return [];
  return readdirSync(storeDir)
    .filter((n) => n.endsWith(BUNDLE_EXTENSION))
    .sort()
    .map((n) => readBundle(join(storeDir, n)));
}
