// Debounced autosave of the editable files, one track per exercise. Decisions (what is saved, what the
// status is) live in ../state/autosave.ts; this class only owns timers and the in-flight save.
import {
  edited,
  initialTrack,
  needsSave,
  resetTo,
  saveFailed,
  saveStarted,
  saveSucceeded,
  visiblyDifferent,
  type SaveTrack,
} from '../state/autosave.ts';

export interface SaverDeps {
  save(exerciseId: string, files: Record<string, string>): Promise<unknown>;
  /** The current editable contents of an exercise. */
  snapshot(exerciseId: string): Record<string, string>;
  onChange(exerciseId: string, track: SaveTrack): void;
  delayMs?: number;
  /** Continuous typing still saves at least this often (the debounce alone would wait for a pause). */
  maxWaitMs?: number;
  retryMs?: number;
  now?: () => number;
}

export class AutoSaver {
  private readonly deps: SaverDeps;
  private readonly tracks = new Map<string, SaveTrack>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly queue = new Map<string, Promise<void>>();
  /** When the oldest edit not yet handed to a save was made. */
  private readonly pendingSince = new Map<string, number>();

  constructor(deps: SaverDeps) {
    this.deps = deps;
  }

  track(exerciseId: string): SaveTrack {
    return this.tracks.get(exerciseId) ?? initialTrack(null);
  }

  /** Registers an opened exercise with the time it was last saved (null: never). Keeps an existing track. */
  open(exerciseId: string, savedAt: number | null): void {
    if (!this.tracks.has(exerciseId)) this.update(exerciseId, initialTrack(savedAt));
  }

  edit(exerciseId: string): void {
    this.update(exerciseId, edited(this.track(exerciseId)));
    if (!this.pendingSince.has(exerciseId)) this.pendingSince.set(exerciseId, this.now());
    this.schedule(exerciseId, this.nextDelay(exerciseId));
  }

  /** Saves whatever is pending once earlier saves of this exercise are done; saves never overlap. */
  flush(exerciseId: string): Promise<void> {
    this.clearTimer(exerciseId);
    this.pendingSince.delete(exerciseId);
    const previous = this.queue.get(exerciseId) ?? Promise.resolve();
    const next = previous.then(() => (needsSave(this.track(exerciseId)) ? this.saveNow(exerciseId) : undefined));
    this.queue.set(exerciseId, next);
    void next.then(() => {
      if (this.queue.get(exerciseId) === next) this.queue.delete(exerciseId);
    });
    return next;
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.tracks.keys()].map((id) => this.flush(id))).then(() => undefined);
  }

  /** The page is going away: send every unsaved exercise now, without waiting for saves on the wire. */
  flushOnUnload(): void {
    for (const [exerciseId, track] of this.tracks) {
      if (track.edits <= track.saved) continue;
      this.clearTimer(exerciseId);
      void this.deps.save(exerciseId, this.deps.snapshot(exerciseId)).catch(() => undefined);
    }
  }

  /** Before a reset: drop the pending timer and wait for saves already queued. */
  async settle(exerciseId: string): Promise<void> {
    this.clearTimer(exerciseId);
    await this.queue.get(exerciseId);
  }

  markReset(exerciseId: string): void {
    this.update(exerciseId, resetTo(this.track(exerciseId), this.now()));
  }

  private async saveNow(exerciseId: string): Promise<void> {
    const started = saveStarted(this.track(exerciseId));
    const generation = started.inFlight!;
    this.update(exerciseId, started);
    try {
      await this.deps.save(exerciseId, this.deps.snapshot(exerciseId));
      this.update(exerciseId, saveSucceeded(this.track(exerciseId), generation, this.now()));
    } catch (e) {
      this.update(exerciseId, saveFailed(this.track(exerciseId), generation, (e as Error).message || String(e)));
      this.schedule(exerciseId, this.deps.retryMs ?? 3000);
      return;
    }
    if (needsSave(this.track(exerciseId))) this.schedule(exerciseId, this.nextDelay(exerciseId));
  }

  /** The debounce delay, shortened so the oldest pending edit waits no longer than maxWaitMs. */
  private nextDelay(exerciseId: string): number {
    const delay = this.deps.delayMs ?? 400;
    const since = this.pendingSince.get(exerciseId);
    if (since === undefined) return delay;
    return Math.max(0, Math.min(delay, (this.deps.maxWaitMs ?? 1000) - (this.now() - since)));
  }

  private schedule(exerciseId: string, ms: number): void {
    this.clearTimer(exerciseId);
    this.timers.set(
      exerciseId,
      setTimeout(() => {
        this.timers.delete(exerciseId);
        void this.flush(exerciseId);
      }, ms),
    );
  }

  private clearTimer(exerciseId: string): void {
    const t = this.timers.get(exerciseId);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(exerciseId);
  }

  private update(exerciseId: string, track: SaveTrack): void {
    const before = this.tracks.get(exerciseId);
    this.tracks.set(exerciseId, track);
    if (!before || visiblyDifferent(before, track)) this.deps.onChange(exerciseId, track);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
