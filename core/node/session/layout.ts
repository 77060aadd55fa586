// Where a candidate session keeps its files (one directory per session).
import { join } from 'node:path';

export function sessionLayout(dir: string) {
  return {
    dir,
    /** SessionState, rewritten atomically; its presence marks a fully started session. */
    state: join(dir, 'state.json'),
    /** The pack the session was started from, byte for byte. */
    pack: join(dir, 'pack.assay-pack'),
    /** ActivityEvent per line, appended and fsync'd. */
    activity: join(dir, 'activity.jsonl'),
    /** ClockMark (session/time-findings.ts): established elapsed time and the clocks at the last heartbeat. */
    clock: join(dir, 'clock.json'),
    codeDir: join(dir, 'code'),
    snapshotDir: join(dir, 'snapshots'),
    runDir: join(dir, 'runs'),
    /** { i, files }: the current editable files, as of snapshot i; rewritten atomically on every edit. */
    code: (exerciseId: string) => join(dir, 'code', `${exerciseId}.json`),
    /** Snapshot per line, appended and fsync'd before the code file is replaced. */
    snapshots: (exerciseId: string) => join(dir, 'snapshots', `${exerciseId}.jsonl`),
    /** The last visible RunReport. */
    run: (exerciseId: string) => join(dir, 'runs', `${exerciseId}.json`),
  };
}

export type SessionLayout = ReturnType<typeof sessionLayout>;
