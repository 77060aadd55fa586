// Whether the ahead-of-time CLI build can be used: dist/cli/sources.json lists every source file the build was
// made from with its size and mtime; the build is current only while all of them are unchanged.
import { readFileSync, statSync } from 'node:fs';

/** root: URL of the checkout (ends with /); manifest: URL of a sources.json. */
export function buildIsCurrent(root, manifest) {
  try {
    const { files } = JSON.parse(readFileSync(manifest, 'utf8'));
    const entries = Object.entries(files);
    for (const [rel, id] of entries) {
      const st = statSync(new URL(rel, root));
      if (`${st.size}:${st.mtimeMs}` !== id) return false;
    }
    return entries.length > 0;
  } catch {
    return false;
  }
}
