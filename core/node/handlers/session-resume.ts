// One session per pack on the candidate's machine: a pack that was started here before (in progress, or submitted
// and archived) is never started again; opening it resumes that session with its own clock, and the resume is
// logged in the session (and so in the bundle).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePack } from '../assessment/pack-read.ts';

/** The pack's id (its assessment id), or null when the bytes are not a readable pack. */
export function packIdOf(path: string): string | null {
  try {
    return decodePack(readFileSync(path)).assessment.id;
  } catch {
    return null;
  }
}

/** The archived session directory that ran this pack, if any (archive/<sessionId>/pack.assay-pack). */
export function archivedSessionFor(root: string, packId: string): string | null {
  const archive = join(root, 'archive');
  if (!existsSync(archive)) return null;
  for (const name of readdirSync(archive).sort()) {
    const pack = join(archive, name, 'pack.assay-pack');
    if (existsSync(pack) && packIdOf(pack) === packId) return join(archive, name);
  }
  return null;
}
