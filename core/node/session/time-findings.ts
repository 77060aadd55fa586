// Clock evidence, as pure functions over two readings of the session's clocks (./clock.ts):
// how much real time passed between them, and what the computer's clock did meanwhile. A wall clock that moved
// differently from the monotonic / boot clocks, a wall clock earlier than the last sign of life, a reboot, a
// time-zone change and a suspend become `clock` activity events; the scorecard shows them as integrity findings.
import type { ClockEventKind } from '../../common/assessment.ts';
import type { BootReading, ClockReading } from './clock.ts';

/** Disagreement between clocks below this is noise (timer jitter, NTP slewing, /proc/uptime's 10 ms steps). */
export const CLOCK_TOLERANCE_MS = 2000;

export interface ClockFinding {
  kind: ClockEventKind;
  /** wall_*: how far the wall clock moved beyond real time (negative = back); reboot: the gap taken;
   *  suspend: time asleep; timezone: the shift of local time. */
  deltaMs: number;
}

/** What clock.json holds, rewritten with every heartbeat: where the session stood at the last sign of life. */
export interface ClockMark {
  schema: 'assay.clock/1';
  /** Established session time elapsed since the start. */
  elapsedMs: number;
  wall: number;
  boot: BootReading | null;
  tzOffsetMin: number;
}

function tzFinding(before: number, after: number): ClockFinding[] {
  // getTimezoneOffset is UTC minus local: a smaller offset means local clocks show later.
  return before === after ? [] : [{ kind: 'timezone', deltaMs: (before - after) * 60_000 }];
}

function wallFinding(wallMs: number, realMs: number): ClockFinding[] {
  const jump = wallMs - realMs;
  if (Math.abs(jump) <= CLOCK_TOLERANCE_MS) return [];
  return [{ kind: jump < 0 ? 'wall_back' : 'wall_forward', deltaMs: Math.round(jump) }];
}

/**
 * While the app runs: real time is the monotonic clock's, or the boot clock's when it counted more (the
 * machine was suspended: performance.now() stops, CLOCK_BOOTTIME does not).
 */
export function checkRunning(prev: ClockReading, now: ClockReading): { realMs: number; findings: ClockFinding[] } {
  const mono = Math.max(0, now.mono - prev.mono);
  const sameBoot = prev.boot && now.boot && prev.boot.bootId === now.boot.bootId && now.boot.uptimeMs >= prev.boot.uptimeMs;
  const boot = sameBoot ? now.boot!.uptimeMs - prev.boot!.uptimeMs : null;
  const findings: ClockFinding[] = [];
  let realMs = mono;
  if (boot !== null && boot - mono > CLOCK_TOLERANCE_MS) {
    findings.push({ kind: 'suspend', deltaMs: Math.round(boot - mono) });
    realMs = boot;
  }
  findings.push(...wallFinding(now.wall - prev.wall, realMs), ...tzFinding(prev.tzOffsetMin, now.tzOffsetMin));
  return { realMs, findings };
}

export interface ClosedGap {
  gapMs: number;
  /** True when the boot clock measured the gap; false after a reboot or without a boot clock. */
  measured: boolean;
  findings: ClockFinding[];
}

/**
 * While the app was closed: the boot clock measures the gap when the machine did not reboot. After a reboot the
 * gap is unknown: take the larger of the time since boot and the wall clock's gap (a lower bound either way).
 */
export function measureGap(mark: ClockMark, now: ClockReading): ClosedGap {
  const wallGap = now.wall - mark.wall;
  const tz = tzFinding(mark.tzOffsetMin, now.tzOffsetMin);
  const a = mark.boot;
  const b = now.boot;
  const behind: ClockFinding[] = wallGap < -CLOCK_TOLERANCE_MS ? [{ kind: 'wall_before_last_seen', deltaMs: Math.round(wallGap) }] : [];
  if (!a || !b) return { gapMs: Math.max(0, wallGap), measured: false, findings: [...behind, ...tz] };
  const rebooted = a.bootId !== b.bootId || b.uptimeMs < a.uptimeMs;
  if (rebooted) {
    const gapMs = Math.max(0, wallGap, b.uptimeMs);
    return { gapMs, measured: false, findings: [{ kind: 'reboot', deltaMs: gapMs }, ...behind, ...tz] };
  }
  const gapMs = b.uptimeMs - a.uptimeMs;
  return { gapMs, measured: true, findings: [...wallFinding(wallGap, gapMs), ...tz] };
}
