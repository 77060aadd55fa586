// What each line of a unified diff is, for line highlighting. Hunk headers carry line counts, so a removed
// line that happens to start with "--- " is still a removed line, not a file header.
export type DiffLineKind = 'file' | 'hunk' | 'added' | 'removed' | 'context' | 'note';

const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

export function classifyDiff(text: string): DiffLineKind[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const kinds: DiffLineKind[] = [];
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of lines) {
    if (oldLeft > 0 || newLeft > 0) {
      const c = line[0];
      if (c === '+') {
        newLeft--;
        kinds.push('added');
        continue;
      }
      if (c === '-') {
        oldLeft--;
        kinds.push('removed');
        continue;
      }
      if (c === ' ' || line === '') {
        oldLeft--;
        newLeft--;
        kinds.push('context');
        continue;
      }
      if (c === '\\') {
        kinds.push('note');
        continue;
      }
      oldLeft = newLeft = 0; // a malformed hunk: read on as headers
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      newLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      kinds.push('hunk');
    } else if (line.startsWith('\\')) {
      kinds.push('note');
    } else {
      kinds.push('file');
    }
  }
  return kinds;
}
