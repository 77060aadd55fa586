// Making build plans (plan.ts): a trusted `go test -c -x -work` OUTSIDE the sandbox, on the exercise's own
// reference (or starter) files, which also fills the shared build cache with what runs need. Never on a
// submission. Plans live in memory and in the Assay cache dir (go-plans/), keyed like the cache warm-up.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileSet } from '../../library/load.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { goBuildEnv, goCompileArgs } from './env.ts';
import { parsePlan, planApplies, planSource, type GoBuildPlan } from './plan.ts';

const toolchainId = (tc: GoToolchain) => `${tc.bin} ${tc.version}`;

/** Runs the compile in dir (files already written; its parent dir is a scratch workspace); resolves to whether it succeeded and the plan it yields. */
export function captureTestPlan(tc: GoToolchain, dir: string, cache: string, files: FileSet, editable: string[]): Promise<{ ok: boolean; plan: GoBuildPlan | null }> {
  const [verb, ...rest] = goCompileArgs('test', join(dir, '.assay', 't.test'));
  // $WORK outside the module, or -x would print its paths relative to the module dir.
  const gotmp = join(dirname(dir), '.gotmp'); // a name the module dir is no prefix of (go -x abbreviates those)
  mkdirSync(gotmp, { recursive: true });
  const env = { ...goBuildEnv(tc, dir, cache), GOTMPDIR: gotmp };
  return new Promise((resolve) => {
    execFile(tc.bin, [verb!, '-x', '-work', ...rest], { cwd: dir, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, _out, stderr) => {
      if (err) return resolve({ ok: false, plan: null });
      resolve({ ok: true, plan: planFrom(tc, realpathSync(dir), stderr, files, editable) });
    });
  });
}

function planFrom(tc: GoToolchain, moduleDir: string, script: string, files: FileSet, editable: string[]): GoBuildPlan | null {
  const work = /^WORK=(.+)$/m.exec(script)?.[1];
  const main = /\s(\$WORK\/\S+\/_testmain\.go)(\s|$)/m.exec(script)?.[1];
  if (!work || !main) return null;
  let testmain: string;
  try {
    testmain = readFileSync(main.replace('$WORK', work), 'utf8');
  } catch {
    return null;
  }
  const parsed = parsePlan(script, tc.toolDir, moduleDir, testmain);
  return parsed && { ...parsed, ...planSource(files, editable), toolchain: toolchainId(tc) };
}

const plans = new Map<string, GoBuildPlan>();

function planFile(cache: string, key: string): string {
  return join(cache, 'go-plans', `${key}.json`);
}

/** The plan stored under key (memory, else disk), or null. */
export function storedPlan(cache: string, key: string): GoBuildPlan | null {
  const hit = plans.get(key);
  if (hit) return hit;
  try {
    const plan = JSON.parse(readFileSync(planFile(cache, key), 'utf8')) as GoBuildPlan;
    plans.set(key, plan);
    return plan;
  } catch {
    return null;
  }
}

export function storePlan(cache: string, key: string, plan: GoBuildPlan): void {
  plans.set(key, plan);
  const file = planFile(cache, key);
  mkdirSync(join(cache, 'go-plans'), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(plan));
  renameSync(tmp, file);
}

/**
 * A loaded plan that builds exactly these files with this toolchain, if any. A plan whose compiled std packages
 * are no longer in the build cache (Go trims unused entries) is forgotten: the next warm-up makes a new one.
 */
export function findPlan(tc: GoToolchain, files: FileSet, cache: string): GoBuildPlan | null {
  for (const [key, plan] of plans) {
    if (plan.toolchain !== toolchainId(tc) || !planApplies(plan, files)) continue;
    if (inputsPresent(plan)) return plan;
    plans.delete(key);
    rmSync(planFile(cache, key), { force: true });
  }
  return null;
}

function inputsPresent(plan: GoBuildPlan): boolean {
  for (const text of Object.values(plan.files)) {
    for (const m of text.matchAll(/^packagefile [^=\n]+=(.+)$/gm)) if (!m[1]!.startsWith('$WORK/') && !existsSync(m[1]!)) return false;
  }
  return true;
}
