// A running candidate session: every call is persisted before it returns (fsync'd append or atomic replace), so a
// crash loses at most the edits the caller had not yet handed over. Starting and reopening: ./open.ts.
import type { ActivityEvent, FileMap, Pack, PackExercise, SessionState, Snapshot, SubmitReason } from '../../common/assessment.ts';
import type { RunReport } from '../../common/results.ts';
import { appendDurable, writeAtomic } from './fs-atomic.ts';
import type { SessionLayout } from './layout.ts';
import { replayTo, snapshotChanges } from './replay.ts';
import type { SessionTime } from './session-time.ts';
import type { ClockFinding, ClosedGap } from './time-findings.ts';
import { timePerExercise } from './timing.ts';

export type SessionErrorCode = 'submitted' | 'unknown_exercise' | 'not_editable' | 'too_large' | 'corrupt' | 'exists' | 'missing';

export class SessionError extends Error {
  readonly code: SessionErrorCode;
  constructor(code: SessionErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export const MAX_FILE_CHARS = 512 * 1024;

export interface SessionData {
  layout: SessionLayout;
  pack: Pack;
  state: SessionState;
  events: ActivityEvent[];
  snapshots: Map<string, Snapshot[]>;
  code: Map<string, FileMap>;
  runs: Map<string, RunReport>;
  /** Established session time (monotonic / boot clocks); the wall clock only for display and findings. */
  time: SessionTime;
}

export class CandidateSession {
  readonly pack: Pack;
  readonly #d: SessionData;
  #focusLostAt: number | null = null;

  constructor(data: SessionData) {
    this.#d = data;
    this.pack = data.pack;
  }

  get dir(): string {
    return this.#d.layout.dir;
  }
  get state(): SessionState {
    return { ...this.#d.state };
  }
  get activity(): readonly ActivityEvent[] {
    return this.#d.events;
  }
  now(): number {
    return this.#d.time.now();
  }

  exercise(id: string): PackExercise {
    const ex = this.pack.exercises.find((e) => e.meta.id === id);
    if (!ex) throw new SessionError('unknown_exercise', `no exercise ${JSON.stringify(id)} in this assessment`);
    return ex;
  }

  /** The current editable files of an exercise. */
  files(id: string): FileMap {
    this.exercise(id);
    return { ...this.#d.code.get(id)! };
  }

  remainingMs(): number {
    return Math.max(0, this.#d.state.deadline - this.now());
  }

  /** Persists the candidate's editable files (all or some) as one snapshot. Returns false when nothing changed. */
  recordEdit(id: string, files: FileMap): boolean {
    const ex = this.#live(id);
    for (const [path, content] of Object.entries(files)) {
      if (!ex.meta.editable.includes(path)) throw new SessionError('not_editable', `${id}: ${path} is not an editable file`);
      if (content.length > MAX_FILE_CHARS) throw new SessionError('too_large', `${id}: ${path} is larger than ${MAX_FILE_CHARS} characters`);
    }
    if (this.#d.state.activeExerciseId !== id) this.openExercise(id);
    const before = this.#d.code.get(id)!;
    const after = { ...before, ...files };
    const changes = snapshotChanges(before, after);
    if (!changes) return false;
    const snaps = this.#d.snapshots.get(id)!;
    const snap: Snapshot = { i: snaps.length, t: this.now(), changes };
    appendDurable(this.#d.layout.snapshots(id), snap);
    snaps.push(snap);
    writeAtomic(this.#d.layout.code(id), JSON.stringify({ i: snap.i, files: after }));
    this.#d.code.set(id, after);
    return true;
  }

  openExercise(id: string): void {
    this.#live(id);
    if (this.#d.state.activeExerciseId === id) return;
    this.#log({ type: 'exercise_opened', t: this.now(), exerciseId: id });
    this.#d.state.activeExerciseId = id;
    this.#saveState();
  }

  recordRun(id: string, report: RunReport): void {
    this.#live(id);
    writeAtomic(this.#d.layout.run(id), JSON.stringify(report));
    this.#d.runs.set(id, report);
    const passed = report.tests.filter((t) => t.status === 'pass').length;
    const failed = report.tests.filter((t) => t.status === 'fail' || t.status === 'error').length;
    this.#log({
      type: 'run',
      t: this.now(),
      exerciseId: id,
      verdict: report.verdict,
      passed,
      failed,
      total: report.tests.length,
      summary: report.summary.slice(0, 2000),
      durationMs: report.timings.compileMs + report.timings.runMs,
    });
  }

  /** Records the size of a paste (not its text: that arrives with the next edit's snapshot). */
  recordPaste(id: string, file: string, text: string): void {
    const ex = this.#live(id);
    if (!ex.meta.editable.includes(file)) throw new SessionError('not_editable', `${id}: ${file} is not an editable file`);
    this.#log({ type: 'paste', t: this.now(), exerciseId: id, file, chars: text.length, lines: text.split('\n').length });
  }

  focusLost(): void {
    if (this.#d.state.status !== 'active' || this.#focusLostAt !== null) return;
    this.#focusLostAt = this.now();
    this.#log({ type: 'focus_lost', t: this.#focusLostAt });
  }

  focusReturned(): void {
    if (this.#d.state.status !== 'active' || this.#focusLostAt === null) return;
    const t = this.now();
    this.#log({ type: 'focus_returned', t, awayMs: Math.max(0, t - this.#focusLostAt) });
    this.#focusLostAt = null;
  }

  /** Call every few seconds: a crash gap is measured from the last heartbeat or write. */
  heartbeat(): void {
    if (this.#d.state.status !== 'active') return;
    this.#observeClocks();
    if (this.checkExpiry()) return;
    this.#d.state.lastSeenAt = this.now();
    this.#saveState();
    this.#d.time.save();
  }

  /**
   * Called by openSession: the gap since the last sign of life (measured by the boot clock where it can be) is
   * recorded as app_closed, with what the clocks did meanwhile as `clock` events; the session time ran on.
   */
  recordReopen(from: number, gap: ClosedGap): void {
    const t = Math.max(this.now(), from);
    this.#focusLostAt = null;
    this.#logClock(gap.findings, 'closed');
    this.#log({ type: 'app_closed', t, from, durationMs: t - from });
    this.#d.state.lastSeenAt = t;
    this.#saveState();
    this.checkExpiry();
  }

  /** The pack was opened again (core/node/handlers/session-resume.ts): recorded, never a new session or clock. */
  recordResume(): void {
    this.#log({ type: 'session_resumed', t: this.now(), after: this.#d.state.status === 'submitted' ? 'submitted' : 'closed' });
  }

  /** Submits with reason 'expired' once the deadline has passed. True when this call submitted. */
  checkExpiry(): boolean {
    if (this.#d.state.status !== 'active' || this.now() < this.#d.state.deadline) return false;
    this.submit('expired');
    return true;
  }

  submit(reason: SubmitReason = 'manual'): SessionState {
    const s = this.#d.state;
    if (s.status === 'submitted') return this.state;
    if (reason === 'manual') this.#observeClocks();
    const t = this.now();
    this.#log({ type: 'submitted', t, reason, wall: this.#d.time.wall() });
    Object.assign(s, { status: 'submitted', submittedAt: t, submitReason: reason, lastSeenAt: t });
    this.#saveState();
    this.#d.time.save();
    return this.state;
  }

  snapshots(id: string): readonly Snapshot[] {
    this.exercise(id);
    return this.#d.snapshots.get(id)!;
  }

  /** The editable files as they were at snapshot i (0 = the starter). */
  snapshotAt(id: string, i: number): FileMap {
    return replayTo(this.#d.snapshots.get(this.exercise(id).meta.id)!, i);
  }

  /** Milliseconds on each exercise while the app was open, up to now or the submission. */
  timeSpent(): Record<string, number> {
    const s = this.#d.state;
    return timePerExercise(this.#d.events, s.submittedAt ?? this.now());
  }

  lastRun(id: string): RunReport | null {
    this.exercise(id);
    return this.#d.runs.get(id) ?? null;
  }

  #live(id: string): PackExercise {
    const ex = this.exercise(id);
    this.checkExpiry();
    if (this.#d.state.status === 'submitted') throw new SessionError('submitted', 'the assessment has been submitted; no more changes are recorded');
    return ex;
  }

  #observeClocks(): void {
    this.#logClock(this.#d.time.observe(), 'running');
  }

  #logClock(findings: ClockFinding[], during: 'running' | 'closed'): void {
    const wall = this.#d.time.wall();
    for (const f of findings) this.#log({ type: 'clock', t: this.now(), kind: f.kind, deltaMs: f.deltaMs, during, wall });
  }

  #log(e: ActivityEvent): void {
    appendDurable(this.#d.layout.activity, e);
    this.#d.events.push(e);
  }

  #saveState(): void {
    writeAtomic(this.#d.layout.state, `${JSON.stringify(this.#d.state, null, 1)}\n`);
  }
}

/** Polls for the deadline and submits when it passes; the callback then builds the bundle. Returns stop(). */
export function watchExpiry(session: CandidateSession, onExpired: () => void, pollMs = 500): () => void {
  const timer = setInterval(() => {
    if (session.checkExpiry()) {
      clearInterval(timer);
      onExpired();
    } else if (session.state.status === 'submitted') clearInterval(timer);
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
