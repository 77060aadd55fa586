// The session's time base: established elapsed time since the start, from the monotonic clock while the app runs
// and from the boot clock across a close, never from the wall clock. A session's times (`t` of every event,
// deadline, lastSeenAt, submittedAt) are startedAt + established elapsed, so the deadline cannot be moved by
// setting the computer's clock. The wall clock is read alongside and its disagreements become findings.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { readClocks, type ClockReading, type SessionClocks } from './clock.ts';
import { writeAtomic } from './fs-atomic.ts';
import { checkRunning, measureGap, type ClockFinding, type ClockMark, type ClosedGap } from './time-findings.ts';

const Boot = z.object({ bootId: z.string().max(64).nullable(), uptimeMs: z.number().min(0) }).strict();
const ClockMarkSchema = z
  .object({
    schema: z.literal('assay.clock/1'),
    elapsedMs: z.number().min(0),
    wall: z.number(),
    boot: Boot.nullable(),
    tzOffsetMin: z.number().int().min(-24 * 60).max(24 * 60),
  })
  .strict() satisfies z.ZodType<ClockMark>;

export class SessionTime {
  readonly clocks: SessionClocks;
  readonly startedAt: number;
  readonly #path: string;
  /** Elapsed at #last, and #last: the reading the next observation is compared with. */
  #elapsedAtLast: number;
  #last: ClockReading;

  private constructor(clocks: SessionClocks, path: string, startedAt: number, elapsedMs: number, last: ClockReading) {
    this.clocks = clocks;
    this.#path = path;
    this.startedAt = startedAt;
    this.#elapsedAtLast = elapsedMs;
    this.#last = last;
  }

  /** The candidate pressed Start: elapsed 0 at the wall clock's now. */
  static start(clocks: SessionClocks, path: string): SessionTime {
    const r = readClocks(clocks);
    const t = new SessionTime(clocks, path, Math.round(r.wall), 0, r);
    t.save();
    return t;
  }

  /**
   * Reopening: continues from clock.json (its mark advanced to `lastSeen` when later writes happened after the
   * last heartbeat), adding the gap measured while the app was closed. A session from before clock.json falls back
   * to its session times, as the wall clock measured them.
   */
  static resume(clocks: SessionClocks, path: string, startedAt: number, lastSeen: number, persist = true): { time: SessionTime; gap: ClosedGap; from: number } {
    const r = readClocks(clocks);
    const seen = Math.max(0, lastSeen - startedAt);
    let mark: ClockMark = { schema: 'assay.clock/1', elapsedMs: seen, wall: lastSeen, boot: null, tzOffsetMin: r.tzOffsetMin };
    if (existsSync(path)) {
      const parsed = ClockMarkSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) mark = parsed.data;
    }
    const extra = Math.max(0, seen - mark.elapsedMs);
    mark = { ...mark, elapsedMs: mark.elapsedMs + extra, wall: mark.wall + extra, boot: mark.boot && { ...mark.boot, uptimeMs: mark.boot.uptimeMs + extra } };
    const gap = measureGap(mark, r);
    const time = new SessionTime(clocks, path, startedAt, mark.elapsedMs + gap.gapMs, r);
    if (persist) time.save();
    return { time, gap, from: startedAt + Math.round(mark.elapsedMs) };
  }

  elapsedMs(): number {
    return this.#elapsedAtLast + Math.max(0, this.clocks.mono() - this.#last.mono);
  }

  /** Session time: what every event's `t` and the deadline are measured in. */
  now(): number {
    return this.startedAt + Math.round(this.elapsedMs());
  }

  wall(): number {
    return Math.round(this.clocks.wall());
  }

  /** Compares every clock with the last observation; a suspend adds the time asleep. Persist with save(). */
  observe(): ClockFinding[] {
    const r = readClocks(this.clocks);
    const { realMs, findings } = checkRunning(this.#last, r);
    this.#elapsedAtLast += realMs;
    this.#last = r;
    return findings;
  }

  /** Writes clock.json (the mark a reopen measures the closed gap from). */
  save(): void {
    const r = this.#last;
    const mark: ClockMark = { schema: 'assay.clock/1', elapsedMs: this.#elapsedAtLast, wall: r.wall, boot: r.boot, tzOffsetMin: r.tzOffsetMin };
    writeAtomic(this.#path, `${JSON.stringify(mark)}\n`);
  }
}
