// readBundle: opens a submission bundle and validates it: container checks (size caps, gzip, schema, entry kind,
// path safety, duplicates, manifest hashes), then the layout and every JSON entry's schema. Structural problems
// throw ContainerError. Problems of plausibility (final code that its snapshots do not replay to, times out of
// order) are returned as warnings: the bundle is readable, but the interviewer should know.
import { z } from 'zod';
import type { Flag } from '../../common/results.ts';
import type { BundleManifest, FileMap, SubmissionBundle } from '../../common/assessment.ts';
import { ContainerError, decodeContainer, jsonEntry, readContainer } from './container.ts';
import { SubmissionInfoSchema } from './schemas.ts';
import { ActivityEventSchema, RunReportSchema, SnapshotSchema } from '../session/schemas.ts';
import { replayTo } from '../session/replay.ts';
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
      if (replayed[path] !== final[path]) {
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
  if (submission.exercises.map((e) => `${e.id}:${e.contentHash}`).join() !== assessed.map((e) => `${e.id}:${e.contentHash}`).join()) {
    invalid('submission.json: exercises differ from the assessment they came from');
  }
  const activity = jsonEntry(files, 'activity.json', z.array(ActivityEventSchema));
  const code: SubmissionBundle['code'] = {};
  const snapshots: SubmissionBundle['snapshots'] = {};
  const results: SubmissionBundle['results'] = {};
  for (const ex of submission.exercises) {
    const prefix = `code/${ex.id}/`;
    code[ex.id] = {};
    for (const path of ex.editable) {
      const content = files[prefix + path];
      if (content === undefined) invalid(`missing ${prefix}${path}`);
      code[ex.id]![path] = content;
      claimed.add(prefix + path);
    }
    snapshots[ex.id] = jsonEntry(files, `snapshots/${ex.id}.json`, z.array(SnapshotSchema).min(1));
    claimed.add(`snapshots/${ex.id}.json`);
    const resultPath = `results/${ex.id}.json`;
    results[ex.id] = resultPath in files ? jsonEntry(files, resultPath, RunReportSchema) : null;
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
