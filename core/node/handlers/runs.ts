// Runs in flight: one AbortController per runId so cancelRun can stop it, a cap on concurrent runs (each is a
// compile + test process tree), and a shutdown signal that aborts them all when the app or harness closes.
export class Runs {
  private readonly active = new Map<string, AbortController>();
  private readonly max: number;
  private readonly shutdown: AbortSignal | undefined;

  constructor(max: number, shutdown?: AbortSignal) {
    this.max = max;
    this.shutdown = shutdown;
    shutdown?.addEventListener('abort', () => {
      for (const ac of this.active.values()) ac.abort();
    });
  }

  async start<T>(runId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.shutdown?.aborted) throw new Error('shutting down: no new runs');
    if (this.active.has(runId)) throw new Error(`run ${runId} is already in progress`);
    if (this.active.size >= this.max) throw new Error(`too many runs in progress (max ${this.max}); cancel one first`);
    const ac = new AbortController();
    this.active.set(runId, ac);
    try {
      return await work(ac.signal);
    } finally {
      this.active.delete(runId);
    }
  }

  /** Aborts a run in flight; false when no such run is running. */
  cancel(runId: string): boolean {
    const ac = this.active.get(runId);
    if (!ac) return false;
    ac.abort();
    return true;
  }
}
