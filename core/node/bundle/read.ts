// readBundle: opens a submission bundle and validates it: container checks (size caps, gzip, schema, entry kind,
// path safety, duplicates, manifest hashes), then the layout and every JSON entry's schema. Structural problems
// throw ContainerError. Problems of plausibility (final code that its snapshots do not replay to, times out of
// order) are returned as warnings: the bundle is readable, but the interviewer should know.
import { z } from 'zod';
import type { Flag } from '../../common/results.ts';
import type { BundleManifest, FileMap, SubmissionBundle } from '../../common/assessment.ts';
import { ContainerError, decodeContainer, jsonEntry, readContainer } from '../container/container.ts';
import { SubmissionInfoSchema } from './schemas.ts';
import { ActivityEventSchema, RunReportSchema, SnapshotSchema } from '../session/schemas.ts';
import { fileMap, replayTo } from '../session/replay.ts';
import { BUNDLE_FORMAT } from './create.ts';

export interface ReadBundleResult {
  bundle: SubmissionBundle;
  warnings: Flag[];
}

const LATE_GRACE_MS = 60_000;

function invalid(message: string): never {
  throw new ContainerError('invalid_content', message);
}

function replayWarnings(bundle: SubmissionBundle): Flag[] {
  const flags: Flag[] = [];
  for (const [id, snaps] of Object.entries(bundle.snapshots)) {
    if (snaps.some((s, i) => s.i !== i || (i > 0 && s.t < snaps[i - 1]!.t))) {
      flags.push({ code: 'timeline_inconsistent', severity: 'warning', message: `${id}: snapshots are out of order` });
    }
    let replayed: FileMap | null = null;
    try {
      replayed = replayTo(snaps, snaps.length - 1);
    } catch (e) {
      flags.push({ code: 'replay_broken', severity: 'critical', message: `${id}: snapshots do not replay (${(e as Error).message})` });
      continue;
    }
    const final = bundle.code[id]!;
    for (const path of Object.keys(final)) {
      if (!Object.hasOwn(replayed, path) || replayed[path] !== final[path]) {
        flags.push({ code: 'replay_mismatch', severity: 'critical', file: path, message: `${id}: the final ${path} is not what its snapshots replay to` });
      }
    }
  }
  return flags;
}

function timeWarnings(bundle: SubmissionBundle): Flag[] {
  const flags: Flag[] = [];
  const { submittedAt, deadline, startedAt } = bundle.submission;
  if (bundle.activity.some((e, i) => i > 0 && e.t < bundle.activity[i - 1]!.t)) {
    flags.push({ code: 'timeline_inconsistent', severity: 'warning', message: 'activity events are out of order' });
  }
  if (submittedAt > deadline + LATE_GRACE_MS) {
    const late = Math.round((submittedAt - deadline) / 1000);
    flags.push({ code: 'late_submission', severity: 'warning', message: `submitted ${late} s after the deadline` });
  }
  if (deadline - startedAt !== bundle.submission.assessment.timeLimitMinutes * 60_000) {
    flags.push({ code: 'deadline_changed', severity: 'critical', message: 'the deadline does not match the time limit' });
  }
  return flags;
}

function bundleFromFiles(digest: string, manifest: BundleManifest, files: FileMap): ReadBundleResult {
  const submission = jsonEntry(files, 'submission.json', SubmissionInfoSchema);
  const claimed = new Set(['submission.json', 'activity.json']);
  const assessed = submission.assessment.exercises;
  for (const [what, list] of [['submission.json', submission.exercises], ['the assessment', assessed]] as const) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) invalid(`exercise ${JSON.stringify(id)} appears more than once in ${what}; an exercise is submitted once`);
      seen.add(id);
    }
  }
  if (submission.exercises.map((e) => `${e.id}:${e.contentHash}`).join() !== assessed.map((e) => `${e.id}:${e.contentHash}`).join()) {
    invalid('submission.json: exercises differ from the assessment they came from');
  }
  const activity = jsonEntry(files, 'activity.json', z.array(ActivityEventSchema));
  // Keys below are the candidate's (exercise ids, file names): no prototype to reach.
  const code = Object.create(null) as SubmissionBundle['code'];
  const snapshots = Object.create(null) as SubmissionBundle['snapshots'];
  const results = Object.create(null) as SubmissionBundle['results'];
  for (const ex of submission.exercises) {
    const prefix = `code/${ex.id}/`;
    code[ex.id] = fileMap();
    if (new Set(ex.editable).size !== ex.editable.length) invalid(`${ex.id}: an editable file is listed twice`);
    for (const path of ex.editable) {
      const content = Object.hasOwn(files, prefix + path) ? files[prefix + path] : undefined;
      if (content === undefined) invalid(`missing ${prefix}${path}`);
      code[ex.id]![path] = content;
      claimed.add(prefix + path);
    }
    snapshots[ex.id] = jsonEntry(files, `snapshots/${ex.id}.json`, z.array(SnapshotSchema).min(1));
    claimed.add(`snapshots/${ex.id}.json`);
    const resultPath = `results/${ex.id}.json`;
    results[ex.id] = Object.hasOwn(files, resultPath) ? jsonEntry(files, resultPath, RunReportSchema) : null;
    claimed.add(resultPath);
  }
  const stray = Object.keys(files).filter((p) => !claimed.has(p));
  if (stray.length > 0) invalid(`unexpected entries in bundle: ${stray.slice(0, 5).join(', ')}`);
  const bundle: SubmissionBundle = { digest, manifest, submission, code, activity, snapshots, results };
  return { bundle, warnings: [...replayWarnings(bundle), ...timeWarnings(bundle)] };
}

export function readBundle(path: string): ReadBundleResult {
  const { digest, manifest, files } = readContainer(path, BUNDLE_FORMAT);
  return bundleFromFiles(digest, manifest, files);
}

export function decodeBundle(bytes: Uint8Array): ReadBundleResult {
  const { digest, manifest, files } = decodeContainer(bytes, BUNDLE_FORMAT);
  return bundleFromFiles(digest, manifest, files);
}
