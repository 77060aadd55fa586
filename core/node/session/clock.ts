// The clocks a session reads, behind one injectable interface so tests (and the browser harness) control them all.
//   wall  — Date.now(): what the computer says the time is. The candidate can set it; kept for display only.
//   mono  — performance.now(): monotonic within one process; elapsed time while the app runs comes from here.
//   boot  — time since boot plus the boot's identity: keeps counting while the app is closed (and, on Linux,
//           while suspended) and cannot be set by the user; measures the gap between two runs of the app.
//   tzOffsetMin — the time zone (Date#getTimezoneOffset), to notice a zone change.
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface BootReading {
  /** Identifies this boot (Linux: /proc/sys/kernel/random/boot_id); null where the platform has none. */
  bootId: string | null;
  /** Milliseconds since boot on a clock the user cannot set. */
  uptimeMs: number;
}

export interface SessionClocks {
  wall(): number;
  mono(): number;
  /** Null when no boot clock can be read: closed gaps then fall back to the wall clock. */
  boot(): BootReading | null;
  tzOffsetMin(): number;
}

/** What session options accept: the full set, or (older callers and tests) a single clock used as all of them. */
export type ClockOption = (() => number) | SessionClocks;

function readLinuxBoot(): BootReading | null {
  try {
    // /proc/uptime is CLOCK_BOOTTIME: it counts suspend and is not moved by settimeofday.
    const up = Number.parseFloat(readFileSync('/proc/uptime', 'utf8').split(/\s+/)[0]!);
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    if (!Number.isFinite(up) || !/^[0-9a-f-]{36}$/.test(bootId)) return null;
    return { bootId, uptimeMs: Math.round(up * 1000) };
  } catch {
    return null;
  }
}

/** The machine's clocks. macOS and Windows: os.uptime() (no boot id: a reboot shows as uptime going down). */
export function systemClocks(): SessionClocks {
  return {
    wall: () => Date.now(),
    mono: () => performance.now(),
    boot: () => {
      if (process.platform === 'linux') return readLinuxBoot();
      const up = uptime();
      return Number.isFinite(up) && up > 0 ? { bootId: null, uptimeMs: Math.round(up * 1000) } : null;
    },
    tzOffsetMin: () => new Date().getTimezoneOffset(),
  };
}

/** A single function as every clock (no boot clock): the behaviour of the old `clock` option, for tests. */
export function toClocks(opt: ClockOption | undefined): SessionClocks {
  if (opt === undefined) return systemClocks();
  if (typeof opt !== 'function') return opt;
  return { wall: opt, mono: opt, boot: () => null, tzOffsetMin: () => 0 };
}

/** One reading of every clock. */
export interface ClockReading {
  wall: number;
  mono: number;
  boot: BootReading | null;
  tzOffsetMin: number;
}

export function readClocks(c: SessionClocks): ClockReading {
  return { wall: c.wall(), mono: c.mono(), boot: c.boot(), tzOffsetMin: c.tzOffsetMin() };
}
