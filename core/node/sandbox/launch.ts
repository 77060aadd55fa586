// Turns a SandboxSpec into the exact process to spawn: bwrap + rlimits + command (full isolation), or rlimits +
// command in a fresh process group (reduced). Never a shell command string.
import { randomUUID } from 'node:crypto';
import type { SpawnOptions } from 'node:child_process';
import { bwrapArgs, bwrapStdio, DATA_FILES } from './bwrap-args.ts';
import type { Detection } from './detect.ts';
import { limitPrefix } from './limits.ts';
import type { SandboxSpec } from './types.ts';

export interface Launch {
  file: string;
  args: string[];
  options: SpawnOptions;
  /** Texts for the synthesised /etc files, in fd order after the block fd (full isolation only). */
  dataTexts: string[];
  /** `KEY=value` added to reduced-mode environments so daemonised descendants can be found. */
  envMarker: string | null;
  /** The command runs under bwrap, which reports a signal death as exit status 128+N. */
  underBwrap: boolean;
}

export const MARKER_KEY = 'ASSAY_SANDBOX_RUN';

/** `treeCgroup`: the run will get a cgroup, which then bounds processes instead of RLIMIT_NPROC. */
export function planLaunch(spec: SandboxSpec, det: Detection, treeCgroup: boolean): Launch {
  const cwd = spec.cwd ?? spec.workDir;
  // No host $HOME: unless the caller chose one, HOME is the work dir.
  const env = { HOME: spec.workDir, ...spec.env };
  if (det.isolation === 'full' && det.bwrap) {
    const args = bwrapArgs({
      workDir: spec.workDir,
      cwd,
      env,
      readOnly: spec.readOnly ?? [],
      overlays: spec.overlays ?? [],
      userns: det.userns,
      overlaySupport: det.overlay,
      tmpBytes: Math.ceil(spec.limits.memoryBytes),
    });
    // RLIMIT_NPROC counts per user namespace, so it bounds the sandbox alone; it does nothing for uid 0, and with a
    // cgroup it is left off so that pids.max (which reports its hits) is the limit that fires.
    const prefix = limitPrefix(spec.limits, { prlimit: det.prlimit, nproc: det.userns && !treeCgroup });
    return {
      file: det.bwrap,
      args: [...args, ...prefix, ...spec.argv],
      options: { cwd: '/', env: {}, stdio: bwrapStdio(), detached: true },
      dataTexts: DATA_FILES.map((f) => f.text),
      envMarker: null,
      underBwrap: true,
    };
  }
  const envMarker = `${MARKER_KEY}=${randomUUID()}`;
  const [file, ...args] = [...limitPrefix(spec.limits, { prlimit: det.prlimit, nproc: false }), ...spec.argv];
  return {
    file,
    args,
    options: {
      cwd,
      env: { ...env, [MARKER_KEY]: envMarker.slice(MARKER_KEY.length + 1) },
      stdio: 'pipe',
      detached: process.platform !== 'win32',
      windowsHide: true,
    },
    dataTexts: [],
    envMarker,
    underBwrap: false,
  };
}
