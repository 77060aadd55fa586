// Replay: rebuilds an exercise's editable files at any snapshot by applying the diffs in order. Snapshot 0 diffs
// from "no files" to the starter, so a snapshot log replays on its own, without the library.
import type { FileMap, Snapshot } from '../../common/assessment.ts';
import { applyDiff, diffText, toLines } from './line-diff.ts';

/** File names come from the candidate: every file map here has no prototype, and reads check own keys only. */
export function fileMap(from?: FileMap): FileMap {
  const out = Object.create(null) as FileMap;
  if (from) for (const k of Object.keys(from)) out[k] = from[k]!;
  return out;
}

function own(files: FileMap, path: string): string | undefined {
  return Object.hasOwn(files, path) ? files[path] : undefined;
}

export function applySnapshot(files: FileMap, snap: Snapshot): FileMap {
  const out = fileMap(files);
  for (const path of Object.keys(snap.changes)) out[path] = applyDiff(toLines(own(files, path)), snap.changes[path]!).join('\n');
  return out;
}

/** Files after snapshots 0..i (inclusive). */
export function replayTo(snaps: Snapshot[], i: number): FileMap {
  if (!Number.isInteger(i) || i < 0 || i >= snaps.length) throw new RangeError(`snapshot ${i} out of range 0..${snaps.length - 1}`);
  let files: FileMap = fileMap();
  for (let j = 0; j <= i; j++) files = applySnapshot(files, snaps[j]!);
  return files;
}

/** Every step's files, for scrubbing through a whole replay without re-applying from the start each time. */
export function replayAll(snaps: Snapshot[]): FileMap[] {
  const out: FileMap[] = [];
  let files: FileMap = fileMap();
  for (const s of snaps) out.push((files = applySnapshot(files, s)));
  return out;
}

/** The changes from `before` to `after`, or null when nothing changed. */
export function snapshotChanges(before: FileMap, after: FileMap): Snapshot['changes'] | null {
  const changes: Snapshot['changes'] = Object.create(null) as Snapshot['changes'];
  for (const path of Object.keys(after).sort()) {
    if (own(before, path) !== after[path]) changes[path] = diffText(own(before, path), after[path]!);
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
