// Result shapes shared by the runner, the grader, the CLI and the renderer.
// Plain data only: everything here crosses the IPC bridge and is written to JSON.

export type TestStatus = 'pass' | 'fail' | 'error' | 'skip';

export type Verdict =
  | 'passed'
  | 'failed'
  | 'compile_error'
  | 'runtime_error'
  | 'timeout'
  | 'memory_limit'
  | 'output_limit'
  | 'tampered'
  | 'sandbox_error';

export type Isolation = 'full' | 'reduced';

/** Which suite a test belongs to: visible (the candidate's Run), hidden (correctness), budget (performance). */
export type TestKind = 'visible' | 'hidden' | 'budget';

export interface TestResult {
  name: string;
  status: TestStatus;
  kind: TestKind;
  hidden: boolean;
  message: string;
  durationMs: number;
  /** Captured output of this test, if the framework attributes it. */
  output?: string;
  /** For outside-decided cases: what the candidate code returned / what was expected (interviewer view only). */
  actual?: string;
  expected?: string;
  weight?: number;
  /** Budget cases: the cost measured outside the sandbox and what it was judged against. */
  cost?: BudgetCost;
}

/** How a budget case was judged: its CPU cost against the reference's, both measured by the grader (never by the
 *  candidate's code) on the same machine in the same grading batch. Costs are net of process start-up. */
export interface BudgetCost {
  /** The candidate's cost (the lowest of up to three runs), ms. */
  costMs: number;
  /** The reference solution's cost for this case (median of three runs), ms. */
  referenceMs: number;
  /** The reference's start-up cost subtracted from both, ms. */
  startupMs: number;
  /** The exercise's allowed factor, and the cost it allows: factor x max(reference, floor). */
  factor: number;
  allowedMs: number;
  /** costMs / max(referenceMs, floor). */
  ratio: number;
  /** cgroup: the run's cgroup CPU counter; proc: sampled /proc times; wall: outside wall clock (no CPU counter). */
  source: 'cgroup' | 'proc' | 'wall';
  runs: number;
  /** When the reference was measured (the grader's clock, ISO 8601), and whether this grading measured it (or its
   *  batch did: measured) or reused a measurement stored by an earlier grading on this machine within the window. */
  referenceMeasuredAt?: string;
  referenceOrigin?: 'measured' | 'stored';
}

/** The reference measurement a grading's budget cases were judged against (GradeReport.reference). */
export interface ReferenceRecord {
  measuredAt: string;
  origin: 'measured' | 'stored';
  startupMs: number;
  /** Net cost per budget case, ms (median of the reference's runs). */
  cases: { name: string; ms: number }[];
  source: 'cgroup' | 'proc' | 'wall';
}

/** A compiler or syntax diagnostic, mapped to an editor position (1-based line and column). */
export interface Marker {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Something the interviewer should look at: a static-scan hit or an integrity problem. */
export interface Flag {
  code: string;
  message: string;
  severity: 'info' | 'warning' | 'critical';
  file?: string;
  line?: number;
}

export interface RunTimings {
  compileMs: number;
  runMs: number;
}

export type RunPhase = 'preparing' | 'compiling' | 'running' | 'grading' | 'done';

export interface RunReport {
  runId: string;
  exerciseId: string;
  verdict: Verdict;
  /** One-line human explanation of the verdict (e.g. "2 of 5 tests failed"). */
  summary: string;
  tests: TestResult[];
  markers: Marker[];
  flags: Flag[];
  /** Combined, capped process output (stdout + stderr) for the Output panel. */
  output: string;
  isolation: Isolation;
  toolchain: string;
  timings: RunTimings;
  cancelled?: boolean;
}

export interface GradeReport extends RunReport {
  schema: 'assay.grade/1';
  score: number;
  correctness: number;
  performance: number | null;
  /** Present when budget cases were judged: the reference measurement they were judged against. */
  reference?: ReferenceRecord;
}

export type RunEvent =
  | { runId: string; type: 'phase'; phase: RunPhase }
  | { runId: string; type: 'output'; stream: 'stdout' | 'stderr'; text: string };
