// Saving many packs at once (the desktop app's "Download all"): ONE native folder dialog, then every pack written
// into the chosen folder under its own safe file name, never over an existing file ("ada.assay-pack" taken →
// "ada (2).assay-pack"). Every id is checked before the dialog opens, so an unknown one, or a withdrawn pack, fails
// with nothing asked and nothing written. Without a dialog (the browser harness) the answer is 'unavailable' and the renderer saves
// each pack as a download instead; a cancelled dialog is 'cancelled' and nothing is saved.
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SavePacksResult } from '../../common/lifecycle.ts';
import { writeAtomic } from '../fs/atomic-write.ts';
import { numbered, safeFileName } from '../fs/safe-file-name.ts';

export interface PackSource {
  has(assessmentId: string): boolean;
  /** Why a pack must not be sent (withdrawn), or null. */
  refusal(assessmentId: string): string | null;
  /** The pack's bytes and the file name a download would get. */
  packFile(assessmentId: string): { fileName: string; bytes: Uint8Array };
}

/** How many " (n)" names are tried before giving up on a name. */
const MAX_COPIES = 1000;

export async function savePacks(
  packs: PackSource,
  assessmentIds: readonly string[],
  chooseFolder: ((count: number) => Promise<string | null>) | undefined,
): Promise<SavePacksResult> {
  const ids = [...new Set(assessmentIds)];
  const missing = ids.filter((id) => !packs.has(id));
  if (missing.length) throw new Error(`no exported assessment ${missing.join(', ')}: no pack was saved`);
  const refused = ids.map((id) => packs.refusal(id)).filter((r) => r !== null);
  if (refused.length) throw new Error(`${refused.join('; ')}: no pack was saved`);
  if (!chooseFolder) return { status: 'unavailable', folder: null, saved: [] };
  const folder = await chooseFolder(ids.length);
  if (folder === null) return { status: 'cancelled', folder: null, saved: [] };
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${folder} is not a folder: no pack was saved`);

  const saved: SavePacksResult['saved'] = [];
  for (const id of ids) {
    let fileName = '';
    try {
      const file = packs.packFile(id);
      fileName = writeNew(folder, safeFileName(file.fileName, 'pack'), file.bytes);
    } catch (e) {
      const done = saved.length ? `saved ${saved.length} of ${ids.length} packs to ${folder}, then ` : '';
      throw new Error(`${done}could not save the pack ${id}: ${(e as Error).message}`);
    }
    saved.push({ assessmentId: id, fileName });
  }
  return { status: 'saved', folder, saved };
}

/**
 * Writes bytes to a new file in folder named `name`, or "name (2)", "name (3)"…: the first name that does not exist
 * yet is claimed with an exclusive create (so a file appearing meanwhile is never replaced), then filled by an
 * atomic write over that empty claim. Returns the name used.
 */
export function writeNew(folder: string, name: string, bytes: Uint8Array): string {
  for (let n = 1; n <= MAX_COPIES; n++) {
    const candidate = numbered(name, n);
    const path = join(folder, candidate);
    if (dirname(resolve(path)) !== resolve(folder)) throw new Error(`${JSON.stringify(candidate)} is not a plain file name`);
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    closeSync(fd);
    try {
      writeAtomic(path, bytes);
    } catch (e) {
      rmSync(path, { force: true });
      throw e;
    }
    return candidate;
  }
  throw new Error(`${name} and ${MAX_COPIES - 1} numbered copies already exist in ${folder}`);
}
