// Grading imported submissions with the hidden tests, one exercise at a time (each is a compile + sandboxed run),
// as a background job whose progress the renderer polls (so a reload still shows it). Re-running replaces the
// stored grades of those submissions. One job at a time; the shutdown signal (app quit) cancels it.
import type { GradingStatus } from '../../common/lifecycle.ts';
import type { GradeReport } from '../../common/results.ts';
import { gradeSubmission } from '../grading/grade.ts';
import { libraryFor, withIssuedLimits } from '../scorecard/score-bundles.ts';
import { planGrading } from '../bundle/issued.ts';
import type { ReviewStore } from './review-store.ts';

export interface GradingOptions {
  require?: 'full' | 'prefer-full';
  signal?: AbortSignal;
  log: (msg: string) => void;
}

export class Grading {
  readonly #store: ReviewStore;
  readonly #libraryDir: string;
  readonly #o: GradingOptions;
  #status: GradingStatus = { running: false, done: 0, total: 0, current: null, digests: [], failed: [], finishedAt: null };
  #job: Promise<void> | null = null;

  constructor(store: ReviewStore, libraryDir: string, o: GradingOptions) {
    this.#store = store;
    this.#libraryDir = libraryDir;
    this.#o = o;
  }

  status(): GradingStatus {
    return structuredClone(this.#status);
  }

  /** Starts grading these submissions; returns at once with the job's status. */
  start(digests: string[]): GradingStatus {
    if (this.#status.running) throw new Error('grading is already running; wait for it to finish');
    const unique = [...new Set(digests)];
    const bundles = unique.map((d) => this.#store.bundle(d).bundle);
    const total = bundles.reduce((n, b) => n + new Set(b.submission.exercises.map((e) => e.id)).size, 0);
    this.#status = { running: true, done: 0, total, current: null, digests: unique, failed: [], finishedAt: null };
    this.#job = this.#run(bundles.map((b) => b.digest))
      .catch((e: unknown) => {
        this.#status.failed.push((e as Error).message);
        this.#o.log(`grading stopped: ${(e as Error).stack ?? String(e)}`);
      })
      .finally(() => {
        Object.assign(this.#status, { running: false, current: null, finishedAt: new Date().toISOString() });
        this.#job = null;
      });
    return this.status();
  }

  /** Resolves when the running job (if any) has finished. */
  async idle(): Promise<void> {
    await this.#job;
  }

  async #run(digests: string[]): Promise<void> {
    const bundles = digests.map((d) => this.#store.bundle(d).bundle);
    const library = libraryFor(this.#libraryDir, bundles.flatMap((b) => b.submission.exercises.map((e) => e.id)));
    for (const b of bundles) {
      const candidate = b.submission.assessment.candidateName;
      const grades = Object.create(null) as Record<string, GradeReport | null>;
      // graded against what was issued: a bundle the register rejects is reported and skipped, the others go on
      let plan;
      try {
        plan = planGrading(b, this.#store.register);
      } catch (e) {
        this.#status.failed.push(`${candidate}: ${(e as Error).message}`);
        this.#status.done += new Set(b.submission.exercises.map((x) => x.id)).size;
        continue;
      }
      for (const p of plan.exercises.filter((x) => x.submitted)) {
        const id = p.id;
        if (this.#o.signal?.aborted) throw new Error('grading cancelled: the app is closing');
        this.#status.current = `${candidate}: ${id}`;
        const ex = library.get(id);
        try {
          grades[id] = ex ? await gradeSubmission(withIssuedLimits(ex, p), b.code[id]!, { require: this.#o.require, signal: this.#o.signal }) : null;
        } catch (e) {
          grades[id] = null;
          this.#status.failed.push(`${candidate}: ${id}: ${(e as Error).message}`);
          this.#o.log(`grading ${b.digest.slice(0, 12)} ${id} failed: ${(e as Error).stack ?? String(e)}`);
        }
        this.#status.done++;
      }
      this.#store.saveGrades(b.digest, { gradedAt: new Date().toISOString(), grades });
    }
  }
}
