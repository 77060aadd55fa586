// Saving many packs at once: the desktop app asks for ONE folder and writes every pack there (savePacks); where
// there is no folder dialog (the browser) each pack is saved as its own download instead. A cancelled dialog saves
// nothing and falls back to nothing.
import type { SavePacksResult } from '../../../../core/common/lifecycle.ts';

export type SavePacks = (req: { assessmentIds: string[] }) => Promise<SavePacksResult>;

/** How the packs went: into one folder (notice: "Saved 3 packs to /home/ada/packs"), as downloads, or not at all. */
export type SaveOutcome = { how: 'folder'; notice: string } | { how: 'downloads' } | { how: 'cancelled' };

/** Saves the packs with one folder dialog, or through `downloads` when the app has none. */
export async function saveAllPacks(savePacks: SavePacks, assessmentIds: string[], downloads: () => Promise<void>): Promise<SaveOutcome> {
  if (!assessmentIds.length) return { how: 'cancelled' };
  const out = await savePacks({ assessmentIds });
  if (out.status === 'unavailable') {
    await downloads();
    return { how: 'downloads' };
  }
  const notice = savedNotice(out);
  return notice ? { how: 'folder', notice } : { how: 'cancelled' };
}

export function savedNotice(out: SavePacksResult): string | null {
  if (out.status !== 'saved' || out.folder === null) return null;
  const n = out.saved.length;
  return `Saved ${n} pack${n === 1 ? '' : 's'} to ${out.folder}`;
}
