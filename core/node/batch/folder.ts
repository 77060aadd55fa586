// The bundles of a batch folder: every regular *.assay-submission file directly in it, by name. Each is read once
// and decoded from those bytes; a file that is not a valid bundle is kept as a rejection with the reader's message
// (it is reported, never fatal). A bundle's shard key is its digest; a rejected file's is the hash of its bytes
// (of its name when it cannot be read at all).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Flag } from '../../common/results.ts';
import type { SubmissionBundle } from '../../common/assessment.ts';
import { ContainerError, DEFAULT_LIMITS } from '../container/container.ts';
import { BUNDLE_EXTENSION } from '../bundle/create.ts';
import { sha256 } from '../container/hash.ts';
import { decodeBundle } from '../bundle/read.ts';

export type FolderEntry =
  | { file: string; path: string; fileSha256: string; ok: true; bundle: SubmissionBundle; warnings: Flag[] }
  | { file: string; path: string; fileSha256: string; ok: false; code: string; message: string };

export function shardKey(e: FolderEntry): string {
  return e.ok ? e.bundle.digest : e.fileSha256;
}

export function listBundleFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith(BUNDLE_EXTENSION))
    .filter((n) => {
      try {
        return statSync(join(folder, n)).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

export function openEntry(folder: string, file: string): FolderEntry {
  const path = join(folder, file);
  let bytes: Buffer;
  try {
    if (statSync(path).size > DEFAULT_LIMITS.fileBytes) {
      return { file, path, fileSha256: sha256(`unread\0${file}`), ok: false, code: 'too_large', message: `larger than ${DEFAULT_LIMITS.fileBytes} bytes` };
    }
    bytes = readFileSync(path);
  } catch (e) {
    return { file, path, fileSha256: sha256(`unread\0${file}`), ok: false, code: 'unreadable', message: (e as Error).message };
  }
  const fileSha256 = sha256(bytes);
  try {
    const { bundle, warnings } = decodeBundle(bytes);
    return { file, path, fileSha256, ok: true, bundle, warnings };
  } catch (e) {
    if (!(e instanceof ContainerError)) throw e;
    return { file, path, fileSha256, ok: false, code: e.code, message: e.message };
  }
}

export function openFolder(folder: string): FolderEntry[] {
  return listBundleFiles(folder).map((f) => openEntry(folder, f));
}

/** The same bundle twice in a folder (a copy under another name) is graded once, under its first name. */
export function uniqueEntries(entries: FolderEntry[]): { unique: FolderEntry[]; duplicates: { file: string; sameAs: string }[] } {
  const first = new Map<string, string>();
  const unique: FolderEntry[] = [];
  const duplicates: { file: string; sameAs: string }[] = [];
  for (const e of entries) {
    const seen = first.get(shardKey(e));
    if (seen === undefined) first.set(shardKey(e), e.file), unique.push(e);
    else duplicates.push({ file: e.file, sameAs: seen });
  }
  return { unique, duplicates };
}
