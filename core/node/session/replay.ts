// Replay: rebuilds an exercise's editable files at any snapshot by applying the diffs in order. Snapshot 0 diffs
// from "no files" to the starter, so a snapshot log replays on its own, without the library.
import type { FileMap, Snapshot } from '../../common/assessment.ts';
import { applyDiff, diffText, toLines } from './line-diff.ts';

export function applySnapshot(files: FileMap, snap: Snapshot): FileMap {
  const out = { ...files };
  for (const [path, diff] of Object.entries(snap.changes)) out[path] = applyDiff(toLines(files[path]), diff).join('\n');
  return out;
}

/** Files after snapshots 0..i (inclusive). */
export function replayTo(snaps: Snapshot[], i: number): FileMap {
  if (!Number.isInteger(i) || i < 0 || i >= snaps.length) throw new RangeError(`snapshot ${i} out of range 0..${snaps.length - 1}`);
  let files: FileMap = {};
  for (let j = 0; j <= i; j++) files = applySnapshot(files, snaps[j]!);
  return files;
}

/** Every step's files, for scrubbing through a whole replay without re-applying from the start each time. */
export function replayAll(snaps: Snapshot[]): FileMap[] {
  const out: FileMap[] = [];
  let files: FileMap = {};
  for (const s of snaps) out.push((files = applySnapshot(files, s)));
  return out;
}

/** The changes from `before` to `after`, or null when nothing changed. */
export function snapshotChanges(before: FileMap, after: FileMap): Snapshot['changes'] | null {
  const changes: Snapshot['changes'] = {};
  for (const path of Object.keys(after).sort()) {
    if (before[path] !== after[path]) changes[path] = diffText(before[path], after[path]!);
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
