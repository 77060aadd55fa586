// readPack: opens a candidate pack and validates it strictly (container checks, then the layout: assessment.json,
// and per listed exercise exercise.json, prompt.md, starter/ and visible/; nothing else may be present).
import { ExerciseMeta } from '../../common/exercise.ts';
import type { FileMap, Pack, PackExercise, PackManifest } from '../../common/assessment.ts';
import { ContainerError, jsonEntry, readContainer, decodeContainer, type ContainerLimits } from '../container/container.ts';
import { AssessmentSchema } from './schemas.ts';
import { PACK_FORMAT } from './pack.ts';

export const PACK_LIMITS: ContainerLimits = {
  fileBytes: 16 * 1024 * 1024,
  jsonBytes: 64 * 1024 * 1024,
  entryBytes: 2 * 1024 * 1024,
  entries: 2000,
};

function under(files: FileMap, prefix: string, claimed: Set<string>): FileMap {
  const out = Object.create(null) as FileMap;
  for (const [p, c] of Object.entries(files)) {
    if (p.startsWith(prefix)) {
      out[p.slice(prefix.length)] = c;
      claimed.add(p);
    }
  }
  return out;
}

function packFromFiles(digest: string, manifest: PackManifest, files: FileMap): Pack {
  const assessment = jsonEntry(files, 'assessment.json', AssessmentSchema);
  const claimed = new Set(['assessment.json']);
  const exercises: PackExercise[] = assessment.exercises.map(({ id }) => {
    const base = `exercises/${id}`;
    const meta = jsonEntry(files, `${base}/exercise.json`, ExerciseMeta);
    if (meta.id !== id) throw new ContainerError('invalid_content', `${base}/exercise.json has id ${meta.id}, expected ${id}`);
    const prompt = Object.hasOwn(files, `${base}/prompt.md`) ? files[`${base}/prompt.md`] : undefined;
    if (prompt === undefined) throw new ContainerError('invalid_content', `missing ${base}/prompt.md`);
    claimed.add(`${base}/exercise.json`).add(`${base}/prompt.md`);
    const starter = under(files, `${base}/starter/`, claimed);
    const visible = under(files, `${base}/visible/`, claimed);
    for (const f of meta.editable) {
      if (!Object.hasOwn(starter, f)) throw new ContainerError('invalid_content', `${id}: editable file ${f} is not in starter/`);
    }
    return { meta, prompt, starter, visible };
  });
  const stray = Object.keys(files).filter((p) => !claimed.has(p));
  if (stray.length > 0) throw new ContainerError('invalid_content', `unexpected entries in pack: ${stray.slice(0, 5).join(', ')}`);
  return { digest, manifest, assessment, exercises };
}

export function readPack(path: string): Pack {
  const { digest, manifest, files } = readContainer(path, PACK_FORMAT, PACK_LIMITS);
  return packFromFiles(digest, manifest, files);
}

export function decodePack(bytes: Uint8Array): Pack {
  const { digest, manifest, files } = decodeContainer(bytes, PACK_FORMAT, PACK_LIMITS);
  return packFromFiles(digest, manifest, files);
}
