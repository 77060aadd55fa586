// The candidate's assessment on this machine: at most one pack opened (not yet started) and one session in
// progress or submitted, kept under <dataDir>/candidate. The session itself is core/node/session (crash-safe,
// honest clock); this class finds it again after a restart, watches the deadline, and writes the submission
// bundle once the session is submitted (by the candidate, or by the clock).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentInfo, Pack } from '../../common/assessment.ts';
import type { CandidateStatus, FilePayload, PackPreview, SessionClock } from '../../common/lifecycle.ts';
import { decodePack } from '../assessment/pack-read.ts';
import { ContainerError } from '../container/container.ts';
import { BUNDLE_EXTENSION, createBundle } from '../bundle/create.ts';
import { writeAtomic } from '../session/fs-atomic.ts';
import type { ClockOption } from '../session/clock.ts';
import { openSession, startSession } from '../session/open.ts';
import { watchExpiry, type CandidateSession } from '../session/session.ts';
import { fileSlug } from './files.ts';
import { archivedSessionFor } from './session-resume.ts';

export interface CandidateSessionsOptions {
  dataDir: string;
  /** Environment recorded in the bundle (app, OS, toolchains). */
  environment: () => Promise<EnvironmentInfo>;
  log: (msg: string) => void;
  clock?: ClockOption;
  /** App quit: stop watching the deadline (the clock is honest again on the next start). */
  shutdown?: AbortSignal;
}

export function packPreview(pack: Pack): PackPreview {
  const a = pack.assessment;
  return {
    digest: pack.digest,
    title: a.title,
    candidateName: a.candidateName,
    timeLimitMinutes: a.timeLimitMinutes,
    instructions: a.instructions,
    exercises: pack.exercises.map(({ meta: m }) => ({ id: m.id, title: m.title, language: m.language, type: m.type, difficulty: m.difficulty, minutes: m.minutes })),
  };
}

export function sessionClock(s: CandidateSession): SessionClock {
  const st = s.state;
  return {
    status: st.status,
    startedAt: st.startedAt,
    deadline: st.deadline,
    serverNow: s.now(),
    remainingMs: st.status === 'active' ? s.remainingMs() : 0,
    activeExerciseId: st.activeExerciseId,
    timeSpentMs: s.timeSpent(),
    submittedAt: st.submittedAt,
    submitReason: st.submitReason,
  };
}

export class CandidateSessions {
  readonly #o: CandidateSessionsOptions;
  readonly #root: string;
  #session: CandidateSession | null = null;
  #loaded = false;
  #stopWatch: (() => void) | null = null;
  #bundling: Promise<void> | null = null;

  constructor(o: CandidateSessionsOptions) {
    this.#o = o;
    this.#root = join(o.dataDir, 'candidate');
    o.shutdown?.addEventListener('abort', () => this.close());
  }

  get #pending(): string {
    return join(this.#root, 'pending.assay-pack');
  }
  get #dir(): string {
    return join(this.#root, 'session');
  }
  get #bundlePath(): string {
    return join(this.#root, `submission${BUNDLE_EXTENSION}`);
  }

  /** The session on disk, reopened once per process (a crash gap becomes `app_closed`; expiry submits). */
  current(): CandidateSession | null {
    if (!this.#loaded) {
      this.#loaded = true;
      if (existsSync(join(this.#dir, 'state.json'))) {
        const s = openSession(this.#dir, { clock: this.#o.clock });
        // an app restart mid-session is a resume: logged with its time (same session, same clock)
        if (s.state.status === 'active') s.recordResume();
        this.#adopt(s);
      }
    }
    return this.#session;
  }

  async status(): Promise<CandidateStatus> {
    const s = this.current();
    if (s) {
      if (s.state.status === 'submitted') await this.#ensureBundle();
      return { phase: s.state.status, pack: packPreview(s.pack), clock: sessionClock(s) };
    }
    if (existsSync(this.#pending)) return { phase: 'ready', pack: packPreview(decodePack(readFileSync(this.#pending))) };
    return { phase: 'none' };
  }

  /** Validates a pack the candidate chose and keeps it until they press Start. */
  async openPack(fileName: string, bytes: Buffer): Promise<CandidateStatus> {
    let packId: string;
    try {
      packId = decodePack(bytes).assessment.id;
    } catch (e) {
      if (e instanceof ContainerError) throw new Error(`${fileName} is not a usable assessment pack: ${e.message}`);
      throw e;
    }
    const cur = this.current();
    if (cur && cur.pack.assessment.id === packId) {
      // the same pack again: resume it, never a fresh session or clock
      this.#resume(cur);
      return this.status();
    }
    if (cur) throw new Error('an assessment is already in progress on this computer; finish it first');
    const archived = archivedSessionFor(this.#root, packId);
    if (archived) {
      // started here before and submitted: reopen that session (submitted; the resume is in its next bundle)
      renameSync(archived, this.#dir);
      const s = openSession(this.#dir, { clock: this.#o.clock });
      this.#adopt(s);
      this.#resume(s);
      return this.status();
    }
    mkdirSync(this.#root, { recursive: true });
    writeAtomic(this.#pending, bytes);
    return this.status();
  }

  async discardPack(): Promise<CandidateStatus> {
    if (this.current()) throw new Error('the assessment has started; it cannot be discarded');
    rmSync(this.#pending, { force: true });
    return this.status();
  }

  /** The candidate pressed Start: the clock starts now. */
  async start(digest: string): Promise<CandidateStatus> {
    if (this.current()) return this.status();
    if (!existsSync(this.#pending)) throw new Error('open an assessment pack first');
    const pack = decodePack(readFileSync(this.#pending));
    if (pack.digest !== digest) throw new Error('the opened pack changed; open it again');
    rmSync(this.#dir, { recursive: true, force: true });
    this.#adopt(startSession(this.#dir, this.#pending, { clock: this.#o.clock }));
    rmSync(this.#pending, { force: true });
    return this.status();
  }

  async submit(): Promise<CandidateStatus> {
    const s = this.#require();
    s.submit('manual');
    return this.status();
  }

  async bundle(): Promise<FilePayload> {
    const s = this.#require();
    if (s.state.status !== 'submitted') throw new Error('submit the assessment first');
    await this.#ensureBundle();
    const a = s.pack.assessment;
    return {
      fileName: `${fileSlug(a.candidateName)}-${fileSlug(a.title)}${BUNDLE_EXTENSION}`,
      mime: 'application/octet-stream',
      data: readFileSync(this.#bundlePath).toString('base64'),
    };
  }

  /** After submitting and saving the bundle: the session moves to archive/ and the app is free for another. */
  async finish(): Promise<CandidateStatus> {
    const s = this.#require();
    if (s.state.status !== 'submitted') throw new Error('the assessment is still running; submit it first');
    await this.#ensureBundle();
    const archive = join(this.#root, 'archive', s.state.sessionId);
    mkdirSync(join(this.#root, 'archive'), { recursive: true });
    renameSync(this.#dir, archive);
    renameSync(this.#bundlePath, join(archive, `submission${BUNDLE_EXTENSION}`));
    this.#stopWatch?.();
    this.#session = null;
    return this.status();
  }

  /** Stops the deadline watch (app quit). */
  close(): void {
    this.#stopWatch?.();
    this.#stopWatch = null;
  }

  #resume(s: CandidateSession): void {
    s.recordResume();
    // a submitted session's bundle is rewritten so that it carries the resume
    if (s.state.status === 'submitted') rmSync(this.#bundlePath, { force: true });
  }

  #require(): CandidateSession {
    const s = this.current();
    if (!s) throw new Error('no assessment in progress');
    return s;
  }

  #adopt(s: CandidateSession): void {
    this.#session = s;
    this.#stopWatch?.();
    if (this.#o.shutdown?.aborted) return;
    this.#stopWatch = watchExpiry(s, () => {
      this.#ensureBundle().catch((e: unknown) => this.#o.log(`could not write the submission bundle: ${(e as Error).message}`));
    });
  }

  /** Writes the bundle once per submitted session (kept on disk, so a reopened app offers it again). */
  #ensureBundle(): Promise<void> {
    const s = this.#session;
    if (!s || s.state.status !== 'submitted' || existsSync(this.#bundlePath)) return Promise.resolve();
    this.#bundling ??= this.#o
      .environment()
      .then((environment) => void createBundle(s, { out: this.#bundlePath, environment }))
      .finally(() => (this.#bundling = null));
    return this.#bundling;
  }
}
