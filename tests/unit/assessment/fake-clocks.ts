// Injectable clocks for the session-time tests: the computer's wall clock, a per-process monotonic clock, the
// boot clock with its boot id, and the time zone, each moved the way a candidate (or the machine) would move it.
import type { SessionClocks } from '../../../core/node/session/clock.ts';

export class FakeClocks implements SessionClocks {
  wallMs = Date.UTC(2025, 0, 6, 9, 0, 0);
  monoMs = 1234.5;
  uptimeMs = 3 * 3600_000;
  bootId = '1a2b3c4d-0000-4000-8000-000000000001';
  tz = 0;
  hasBoot = true;

  wall = () => this.wallMs;
  mono = () => this.monoMs;
  boot = () => (this.hasBoot ? { bootId: this.bootId, uptimeMs: this.uptimeMs } : null);
  tzOffsetMin = () => this.tz;

  /** Real time passes with the app running. */
  pass(ms: number): void {
    this.wallMs += ms;
    this.monoMs += ms;
    this.uptimeMs += ms;
  }
  /** The candidate sets the computer's clock (negative = back). */
  setWall(deltaMs: number): void {
    this.wallMs += deltaMs;
  }
  /** The machine sleeps: the monotonic clock stops, the boot clock and wall clock run on. */
  suspend(ms: number): void {
    this.wallMs += ms;
    this.uptimeMs += ms;
  }
  /** The app is closed for ms of real time; the next process's monotonic clock starts elsewhere. */
  close(ms: number): void {
    this.wallMs += ms;
    this.uptimeMs += ms;
    this.monoMs = 17.25;
  }
  /** The machine restarts: real time ms passes in all, the new boot has been up for upMs. */
  reboot(ms: number, upMs: number): void {
    this.wallMs += ms;
    this.uptimeMs = upMs;
    this.bootId = '1a2b3c4d-0000-4000-8000-000000000002';
    this.monoMs = 3.5;
  }
}
