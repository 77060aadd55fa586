// What a pack records about the library it came from: per exercise a hash of its whole directory, and for the
// library the git commit (when it sits in a git checkout) plus a content hash that works without git.
import { execFileSync } from 'node:child_process';
import { readdirSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryVersion } from '../../common/assessment.ts';
import { readTree } from '../library/load.ts';
import { fileSetHash, sha256 } from '../container/hash.ts';

/** SHA-256 over every file of an exercise directory, hidden material included. */
export function exerciseContentHash(exerciseDir: string): string {
  return fileSetHash(readTree(exerciseDir));
}

function git(dir: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Hash of every regular file below dir, skipping dot-entries (.git and editor droppings) and symlinks. */
function treeHash(dir: string): string {
  const lines: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full, `${rel}${name}/`);
      else if (st.isFile()) lines.push(`${rel}${name}\0${sha256(readFileSync(full))}`);
    }
  };
  walk(dir, '');
  return sha256(lines.join('\n'));
}

export function libraryVersion(libraryDir: string): LibraryVersion {
  const head = git(libraryDir, ['rev-parse', 'HEAD'])?.trim() ?? null;
  const commit = head && /^[0-9a-f]{40}$/.test(head) ? head : null;
  const status = commit ? git(libraryDir, ['status', '--porcelain', '--', '.']) : null;
  return { commit, dirty: commit !== null && status !== '', hash: treeHash(libraryDir) };
}
