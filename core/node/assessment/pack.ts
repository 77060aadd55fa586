// Candidate packs: exportPack writes one file holding, per exercise, only the metadata, prompt, starter files and
// visible tests. Hidden cases, harnesses, defects, reference solutions and mutants are never read into it.
// Format and validation: ./pack-read.ts and docs/assessment-files.md.
import { randomUUID } from 'node:crypto';
import type { Assessment, FileMap, PackManifest } from '../../common/assessment.ts';
import type { LoadedExercise } from '../library/load.ts';
import { writeContainer } from '../container/container.ts';
import { exerciseContentHash, libraryVersion } from './library-version.ts';
import { findProfile, indexLibrary, pickByIds } from './select.ts';
import { defaultInstructions } from './instructions.ts';
import type { IssuedPackRecord } from '../../common/issue.ts';
import { issuedRecord } from './register.ts';

export const PACK_FORMAT = 'assay.pack/1';
export const PACK_EXTENSION = '.assay-pack';

export interface ExportPackOptions {
  libraryDir: string;
  /** Exercises in candidate order, picked by hand; or */
  exerciseIds?: string[];
  /** a role profile (profiles.json): its exercises, role and default time limit. */
  profileId?: string;
  /** Defaults to the profile's title, else "Technical interview". */
  title?: string;
  candidateName: string;
  /** Required with exerciseIds; defaults to the profile's minutes. */
  timeLimitMinutes?: number;
  out: string;
  instructions?: string;
  now?: Date;
}

export interface ExportedPack {
  path: string;
  digest: string;
  bytes: number;
  manifest: PackManifest;
  assessment: Assessment;
  /** What the interviewer's register keeps for this pack (core/node/assessment/register.ts). */
  record: IssuedPackRecord;
}

/** The candidate-safe part of one exercise, as pack entries. */
export function packEntries(ex: LoadedExercise): FileMap {
  const base = `exercises/${ex.meta.id}`;
  const out: FileMap = {
    [`${base}/exercise.json`]: `${JSON.stringify(ex.meta, null, 1)}\n`,
    [`${base}/prompt.md`]: ex.prompt,
  };
  for (const [p, c] of Object.entries(ex.starter)) out[`${base}/starter/${p}`] = c;
  for (const [p, c] of Object.entries(ex.visible)) out[`${base}/visible/${p}`] = c;
  return out;
}

export function exportPack(opts: ExportPackOptions): ExportedPack {
  if (!opts.candidateName.trim()) throw new Error('candidate name is required');
  const profile = opts.profileId ? findProfile(opts.libraryDir, opts.profileId) : null;
  const title = (opts.title ?? profile?.title ?? 'Technical interview').trim();
  if (!title) throw new Error('the title is empty');
  const ids = opts.exerciseIds?.length ? opts.exerciseIds : profile?.exercises;
  if (!ids) throw new Error('choose exercises or a role profile');
  const minutes = opts.timeLimitMinutes ?? profile?.minutes;
  if (minutes === undefined || !Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
    throw new Error('the time limit must be a whole number of minutes (1 to 1440)');
  }
  const exercises = pickByIds(indexLibrary(opts.libraryDir), ids);
  const roleId = profile?.role ?? null;
  const now = opts.now ?? new Date();
  const assessment: Assessment = {
    schema: 'assay.assessment/1',
    id: randomUUID(),
    title,
    candidateName: opts.candidateName.trim(),
    roleId,
    timeLimitMinutes: minutes,
    createdAt: now.toISOString(),
    library: libraryVersion(opts.libraryDir),
    exercises: exercises.map((e) => ({ id: e.meta.id, title: e.meta.title, contentHash: exerciseContentHash(e.dir) })),
    instructions: opts.instructions ?? defaultInstructions(title, opts.candidateName.trim(), minutes, exercises),
  };
  const files: FileMap = { 'assessment.json': `${JSON.stringify(assessment, null, 1)}\n` };
  for (const ex of exercises) Object.assign(files, packEntries(ex));
  const written = writeContainer(opts.out, PACK_FORMAT, files, now.toISOString());
  return { path: opts.out, digest: written.digest, bytes: written.bytes, manifest: written.manifest, assessment, record: issuedRecord(assessment, exercises) };
}
