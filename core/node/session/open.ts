// Starting a session from a pack, and reopening one after a clean close, a crash or kill -9. Reopening repairs a
// torn final log line, removes leftover temp files, reconciles each exercise's code file with its snapshot log,
// records the gap as `app_closed` (the clock kept running) and submits if the deadline passed meanwhile.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ActivityEvent, FileMap, Snapshot } from '../../common/assessment.ts';
import type { RunReport } from '../../common/results.ts';
import { decodePack } from '../assessment/pack-read.ts';
import { readLog, removeStaleTemps, repairTornTail, writeAtomic } from './fs-atomic.ts';
import { sessionLayout, type SessionLayout } from './layout.ts';
import { replayAll, snapshotChanges } from './replay.ts';
import { ActivityEventSchema, RunReportSchema, SessionStateSchema, SnapshotSchema } from './schemas.ts';
import { CandidateSession, SessionError } from './session.ts';
import { toClocks, type ClockOption } from './clock.ts';
import { SessionTime } from './session-time.ts';

export interface SessionOptions {
  /** Every clock the session reads (./clock.ts), or one function used as all of them (tests); default: the system's. */
  clock?: ClockOption;
}

/** Creates the session directory from a pack file and starts the clock (the candidate pressed Start). */
export function startSession(dir: string, packPath: string, opts: SessionOptions = {}): CandidateSession {
  const L = sessionLayout(dir);
  if (existsSync(L.state)) throw new SessionError('exists', `${dir} already holds a session; reopen it instead`);
  const bytes = readFileSync(packPath);
  const pack = decodePack(bytes);
  for (const d of [dir, L.codeDir, L.snapshotDir, L.runDir]) mkdirSync(d, { recursive: true });
  const time = SessionTime.start(toClocks(opts.clock), L.clock);
  const now = time.startedAt;
  const deadline = now + pack.assessment.timeLimitMinutes * 60_000;
  writeAtomic(L.pack, bytes);
  const snapshots = new Map<string, Snapshot[]>();
  const code = new Map<string, FileMap>();
  for (const ex of pack.exercises) {
    const files = Object.fromEntries(ex.meta.editable.map((p) => [p, ex.starter[p]!]));
    const first: Snapshot = { i: 0, t: now, changes: snapshotChanges({}, files) ?? {} };
    writeAtomic(L.snapshots(ex.meta.id), `${JSON.stringify(first)}\n`);
    writeAtomic(L.code(ex.meta.id), JSON.stringify({ i: 0, files }));
    snapshots.set(ex.meta.id, [first]);
    code.set(ex.meta.id, files);
  }
  const firstId = pack.exercises[0]!.meta.id;
  const events: ActivityEvent[] = [
    { type: 'session_started', t: now, deadline },
    { type: 'exercise_opened', t: now, exerciseId: firstId },
  ];
  writeAtomic(L.activity, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const state = {
    schema: 'assay.session/1' as const,
    sessionId: randomUUID(),
    packDigest: pack.digest,
    status: 'active' as const,
    startedAt: now,
    deadline,
    lastSeenAt: now,
    activeExerciseId: firstId,
    submittedAt: null,
    submitReason: null,
  };
  writeAtomic(L.state, `${JSON.stringify(state, null, 1)}\n`);
  return new CandidateSession({ layout: L, pack, state, events, snapshots, code, runs: new Map(), time });
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new SessionError('corrupt', `${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readRepairedLog<T>(path: string, schema: z.ZodType<T>): T[] {
  const log = readLog(path, (v) => {
    const r = schema.safeParse(v);
    if (!r.success) throw new SessionError('corrupt', `${path}: ${z.prettifyError(r.error)}`);
    return r.data;
  });
  if (log.tornTail) repairTornTail(path, log.goodBytes);
  return log.records;
}

const CodeFile = z.object({ i: z.number().int().min(0), files: z.record(z.string(), z.string()) });

/** Replays the snapshot log; the code file is rewritten when a crash left it one step behind. */
function recoverExercise(L: SessionLayout, id: string): { snaps: Snapshot[]; files: FileMap } {
  const snaps = readRepairedLog(L.snapshots(id), SnapshotSchema);
  if (snaps.length === 0) throw new SessionError('corrupt', `${id}: empty snapshot log`);
  snaps.forEach((s, i) => {
    if (s.i !== i) throw new SessionError('corrupt', `${id}: snapshot ${i} is numbered ${s.i}`);
  });
  const files = replayAll(snaps).at(-1)!;
  const saved = existsSync(L.code(id)) ? readJson(L.code(id), CodeFile) : null;
  const last = snaps.length - 1;
  if (saved && saved.i === last && JSON.stringify(saved.files) !== JSON.stringify(files)) {
    throw new SessionError('corrupt', `${id}: code file and snapshot ${last} disagree`);
  }
  if (!saved || saved.i !== last) writeAtomic(L.code(id), JSON.stringify({ i: last, files }));
  return { snaps, files };
}

export function openSession(dir: string, opts: SessionOptions = {}): CandidateSession {
  const L = sessionLayout(dir);
  if (!existsSync(L.state)) throw new SessionError('missing', `${dir} holds no started session`);
  for (const d of [dir, L.codeDir, L.runDir]) removeStaleTemps(d);
  const state = readJson(L.state, SessionStateSchema);
  const pack = decodePack(readFileSync(L.pack));
  if (pack.digest !== state.packDigest) throw new SessionError('corrupt', 'the session pack differs from the one it started with');
  const events = readRepairedLog(L.activity, ActivityEventSchema);
  const snapshots = new Map<string, Snapshot[]>();
  const code = new Map<string, FileMap>();
  const runs = new Map<string, RunReport>();
  let lastSeen = events.reduce((m, e) => Math.max(m, e.t), state.lastSeenAt);
  for (const ex of pack.exercises) {
    const id = ex.meta.id;
    const { snaps, files } = recoverExercise(L, id);
    snapshots.set(id, snaps);
    code.set(id, files);
    lastSeen = Math.max(lastSeen, snaps.at(-1)!.t);
    if (existsSync(L.run(id))) runs.set(id, readJson(L.run(id), RunReportSchema));
  }
  const clocks = toClocks(opts.clock);
  if (state.status !== 'active') {
    // Submitted: nothing more is measured; session time stays where it ended.
    const time = SessionTime.resume(clocks, L.clock, state.startedAt, state.submittedAt ?? lastSeen, false);
    return new CandidateSession({ layout: L, pack, state, events, snapshots, code, runs, time: time.time });
  }
  const { time, gap, from } = SessionTime.resume(clocks, L.clock, state.startedAt, lastSeen);
  const session = new CandidateSession({ layout: L, pack, state, events, snapshots, code, runs, time });
  session.recordReopen(from, gap);
  return session;
}
