// The shared Go build cache. Sandboxed compiles only ever see it copy-on-write (or read-only), so it is filled
// here, by trusted compiles outside the sandbox that never execute code (CGO_ENABLED=0, no generate):
//  - per exercise content, at most once a day: the reference (or starter) with the visible tests and the
//    hidden driver, which is exactly what runs of that exercise need. A stamp file records it; it expires
//    because Go trims entries that only read-only (sandboxed) compiles used. The test compile also yields the
//    exercise's build plan (capture.ts), which Runs replay instead of starting the go command;
//  - at most once a day per cache and Go version, in the background at low priority: `go build std` (a few
//    seconds when already warm; it also refreshes the entries' last-use marks).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExercise } from '../../library/load.ts';
import { assayCacheRoot } from '../../probe-cache.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { withWorkspace, writeFiles } from '../workspace.ts';
import { captureTestPlan, storedPlan, storePlan } from './capture.ts';
import { GO_DRIVER_SOURCE } from './driver-source.ts';
import { goBuildEnv, goCompileArgs } from './env.ts';
import { rootPackage, SENTINEL_FILE, sentinelSource } from './sentinel.ts';

/** ASSAY_CACHE_DIR, else the OS cache dir (XDG_CACHE_HOME or ~/.cache) + /assay. */
export const assayCacheDir = assayCacheRoot;

export function goCacheDir(): string {
  const dir = join(assayCacheDir(), 'go-build');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Resolves to whether the compile succeeded. */
function go(tc: GoToolchain, dir: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(tc.bin, args, { cwd: dir, env: goBuildEnv(tc, dir, goCacheDir()), timeout: 120_000 }, (err) => resolve(!err));
  });
}

const STAMP_TTL_MS = 24 * 3600_000;
/** Bumped when the build plan format changes, so that stored plans are remade. */
const PLAN_FORMAT = 1;
const warmed = new Map<string, Promise<void>>();

/** Fills the shared cache with what this exercise's runs compile. Failures are ignored: runs report them. */
export function warmGoCache(tc: GoToolchain, ex: LoadedExercise): Promise<void> {
  const files = { ...ex.starter, ...ex.reference, ...ex.visible };
  const harness = ex.hiddenFiles['harness.go'];
  const key = createHash('sha256').update(JSON.stringify([PLAN_FORMAT, tc.bin, tc.version, files, harness, GO_DRIVER_SOURCE, goCompileArgs('test', '')])).digest('hex').slice(0, 24);
  let p = warmed.get(key);
  if (!p) {
    const stamp = join(goCacheDir(), `assay-warm-${key}`);
    p = isFresh(stamp) && storedPlan(assayCacheDir(), key)
      ? Promise.resolve()
      : withWorkspace(async (ws) => {
          const dir = ws.dir('warm');
          const pkg = rootPackage(files);
          const all = pkg ? { ...files, [SENTINEL_FILE]: sentinelSource(pkg) } : files;
          writeFiles(dir, all);
          const test = await captureTestPlan(tc, dir, goCacheDir(), all, ex.meta.editable);
          if (test.plan) storePlan(assayCacheDir(), key, test.plan);
          let ok = test.ok;
          if (harness) {
            writeFiles(dir, { 'assaydriver/driver.go': GO_DRIVER_SOURCE, 'assaydriver/harness.go': harness });
            ok = (await go(tc, dir, goCompileArgs('driver', join(dir, '.assay', 'driver')))) && ok;
          }
          if (ok) writeFileSync(stamp, '');
        });
    warmed.set(key, p);
    warmStd(tc);
  }
  return p;
}

function isFresh(stamp: string): boolean {
  try {
    return Date.now() - statSync(stamp).mtimeMs < STAMP_TTL_MS;
  } catch {
    return false;
  }
}

let stdStarted = false;

/**
 * `go build std`, detached and niced so it neither slows runs much nor dies with a short-lived CLI process; it
 * stamps the cache when done. A lock file keeps concurrent processes from repeating it (stale after 30 minutes).
 */
function warmStd(tc: GoToolchain): void {
  if (stdStarted) return;
  stdStarted = true;
  const cache = goCacheDir();
  const stamp = join(cache, `assay-std-${tc.version}`);
  const lock = `${stamp}.lock`;
  if (isFresh(stamp)) return;
  try {
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 30 * 60_000) rmSync(lock, { force: true });
    closeSync(openSync(lock, 'wx'));
  } catch {
    return; // another process is warming it
  }
  const home = join(assayCacheDir(), 'go-warm');
  mkdirSync(home, { recursive: true });
  // Arguments travel as positional parameters ($0 $1 $2), never spliced into the script.
  const script = 'nice -n 19 "$0" build std >/dev/null 2>&1 && : > "$1"; rm -f "$2"';
  const child = spawn('/bin/sh', ['-c', script, tc.bin, stamp, lock], {
    cwd: home,
    env: goBuildEnv(tc, home, cache),
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => rmSync(lock, { force: true }));
  child.unref();
}
