// Whether the ahead-of-time CLI build can be used: dist/cli/sources.json lists every source file the build was
// made from with its size and mtime; the build is current only while all of them are unchanged.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** root: URL of the checkout (ends with /); manifest: URL of a sources.json. */
export function buildIsCurrent(root, manifest) {
  try {
    const { files } = JSON.parse(readFileSync(manifest, 'utf8'));
    const entries = Object.entries(files);
    const base = fileURLToPath(root); // plain paths: a URL per file costs about as much as its stat
    for (const [rel, id] of entries) {
      const st = statSync(base + rel);
      if (`${st.size}:${st.mtimeMs}` !== id) return false;
    }
    return entries.length > 0;
  } catch {
    return false;
  }
}
