// The sandbox contract: what a caller asks for and what it gets back. Implemented in ./run.ts.
import type { Isolation } from '../../common/results.ts';

export interface SandboxLimits {
  /** Wall clock, ms. */
  wallMs: number;
  /** CPU seconds (RLIMIT_CPU), summed over the tree where the kernel allows. */
  cpuSec: number;
  /** Memory for the whole tree, bytes (cgroup where available, else RSS sampling of the process group). */
  memoryBytes: number;
  /** Max live processes/threads in the tree. */
  processes: number;
  /** Largest file the run may write (RLIMIT_FSIZE), bytes. */
  fileSizeBytes: number;
  /** Total bytes the run may leave in its work dir (sum over files; RLIMIT_FSIZE only caps each file).
   *  Defaults to DEFAULT_DISK_BYTES. Checked by sampling; crossing it ends the run with limitHit 'file_size'. */
  diskBytes?: number;
  /** RLIMIT_NOFILE. */
  openFiles: number;
  /** stdout + stderr bytes kept; past this the run is killed with limitHit 'output'. */
  outputBytes: number;
}

export interface SandboxSpec {
  /** argv[0] is an absolute path or a name resolved on the sandbox PATH. Never passed through a shell. */
  argv: string[];
  /** Host directory, the only writable place; mounted at the same path inside. */
  workDir: string;
  /** Working directory inside the sandbox (defaults to workDir). */
  cwd?: string;
  /** The complete environment. Nothing is inherited. */
  env: Record<string, string>;
  stdin?: string;
  limits: SandboxLimits;
  /** Extra host paths mounted read-only (toolchain roots beyond the system dirs). */
  readOnly?: string[];
  /** Host dirs mounted copy-on-write: writes go to a throwaway layer (e.g. a shared pre-warmed Go build cache). */
  overlays?: string[];
  /** 'full' refuses to run without bubblewrap (returns sandbox_error); 'prefer-full' falls back to reduced. */
  require?: 'full' | 'prefer-full';
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
  signal?: AbortSignal;
}

export type LimitHit = 'timeout' | 'cpu' | 'memory' | 'output' | 'processes' | 'file_size';

export interface SandboxResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  limitHit: LimitHit | null;
  cancelled: boolean;
  durationMs: number;
  peakMemoryBytes: number | null;
  /** CPU time of the whole tree, measured outside it: the run's cgroup (cpuacct.usage / cpu.stat) when there is
   *  one, else the summed /proc times of every process seen in the tree (sampled: approximate). Null where
   *  neither exists (macOS, Windows). Nothing the command prints goes into it. */
  cpuMs: number | null;
  /** Where cpuMs came from. */
  cpuSource: 'cgroup' | 'proc' | null;
  isolation: Isolation;
  /** Set when the sandbox itself failed (bwrap missing under require:'full', spawn error...). */
  sandboxError: string | null;
}
