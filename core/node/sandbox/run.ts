// runSandboxed: one command, run to completion inside the sandbox, with its whole process tree gone afterwards.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { createTreeCgroup } from './cgroup.ts';
import { detectIsolation } from './detect.ts';
import { execute } from './execute.ts';
import { planLaunch, type Launch } from './launch.ts';
import type { SandboxResult, SandboxSpec } from './types.ts';

export function emptyResult(isolation: SandboxResult['isolation']): SandboxResult {
  return {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    limitHit: null,
    cancelled: false,
    durationMs: 0,
    peakMemoryBytes: null,
    cpuMs: null,
    cpuSource: null,
    isolation,
    sandboxError: null,
  };
}

function specProblem(spec: SandboxSpec): string | null {
  if (spec.argv.length === 0 || !spec.argv[0]) return 'argv is empty';
  if (!isAbsolute(spec.workDir)) return `workDir must be absolute: ${spec.workDir}`;
  try {
    if (!statSync(spec.workDir).isDirectory()) return `workDir is not a directory: ${spec.workDir}`;
  } catch {
    return `workDir does not exist: ${spec.workDir}`;
  }
  if (spec.cwd !== undefined && !isAbsolute(spec.cwd)) return `cwd must be absolute: ${spec.cwd}`;
  return null;
}

export async function runSandboxed(spec: SandboxSpec): Promise<SandboxResult> {
  const det = await detectIsolation();
  const fail = (message: string): SandboxResult => ({ ...emptyResult(det.isolation), sandboxError: message });
  if (spec.require === 'full' && det.isolation !== 'full') return fail(`bubblewrap is required for full isolation but ${det.detail}`);
  const problem = specProblem(spec);
  if (problem) return fail(problem);
  if (spec.signal?.aborted) return { ...emptyResult(det.isolation), cancelled: true };
  // Only bwrap can hold the command until it is inside the cgroup (--block-fd); reduced mode samples instead.
  const cgroup = det.isolation === 'full' ? createTreeCgroup(spec.limits) : null;
  let launch: Launch;
  try {
    launch = planLaunch(spec, det, cgroup !== null);
  } catch (err) {
    await cgroup?.dispose();
    return fail((err as Error).message);
  }
  try {
    return await execute(spec, launch, cgroup, emptyResult(det.isolation));
  } finally {
    await cgroup?.dispose();
  }
}
