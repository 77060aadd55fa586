// What one suite (visible tests, hidden-case driver, one mutant run) produced, before reports are assembled,
// and the rules that turn sandbox endings into verdicts.
import type { Flag, Isolation, Marker, TestResult, Verdict } from '../../common/results.ts';
import type { SandboxResult } from '../sandbox/types.ts';

export interface SuiteOutcome {
  verdict: Verdict;
  /** One line: why this verdict. */
  summary: string;
  tests: TestResult[];
  markers: Marker[];
  flags: Flag[];
  /** What the code printed (frames removed), capped. */
  output: string;
  /** From the sandbox results; null when nothing ran in the sandbox. */
  isolation: Isolation | null;
  compileMs: number;
  runMs: number;
  cancelled: boolean;
  /** Minitest assertion counts per test (Ruby visible suites), for the reference baseline. */
  assertions?: Record<string, number>;
}

export function emptyOutcome(): SuiteOutcome {
  return { verdict: 'passed', summary: '', tests: [], markers: [], flags: [], output: '', isolation: null, compileMs: 0, runMs: 0, cancelled: false };
}

/** Worst first: the verdict of a combination is the earliest of its parts in this list. */
const SEVERITY: Verdict[] = [
  'sandbox_error',
  'tampered',
  'compile_error',
  'timeout',
  'memory_limit',
  'output_limit',
  'runtime_error',
  'failed',
  'passed',
];

export function worstVerdict(verdicts: Verdict[]): Verdict {
  let best = SEVERITY.length - 1;
  for (const v of verdicts) best = Math.min(best, SEVERITY.indexOf(v));
  return SEVERITY[best]!;
}

export function worstIsolation(values: (Isolation | null)[]): Isolation | null {
  if (values.includes('reduced')) return 'reduced';
  return values.includes('full') ? 'full' : null;
}

/**
 * The verdict a sandbox ending forces regardless of what the code printed: sandbox failure, cancellation or a
 * limit. `what` names the step for the summary ("the test binary", "compiling").
 */
export function endingVerdict(res: SandboxResult, what: string, limits: { timeoutMs: number; memoryMb: number }): { verdict: Verdict; summary: string; cancelled?: boolean } | null {
  if (res.sandboxError) return { verdict: 'sandbox_error', summary: `sandbox failure: ${res.sandboxError}` };
  if (res.cancelled) return { verdict: 'failed', summary: 'run cancelled', cancelled: true };
  switch (res.limitHit) {
    case null:
      return null;
    case 'timeout':
    case 'cpu':
      return { verdict: 'timeout', summary: `${what} exceeded the time limit (${limits.timeoutMs} ms)` };
    case 'memory':
      return { verdict: 'memory_limit', summary: `${what} exceeded the memory limit (${limits.memoryMb} MB)` };
    case 'output':
      return { verdict: 'output_limit', summary: `${what} printed more output than allowed` };
    case 'file_size':
      return { verdict: 'output_limit', summary: `${what} wrote a file larger than allowed` };
    case 'processes':
      return { verdict: 'runtime_error', summary: `${what} started too many processes or threads` };
  }
}

const OUTPUT_CAP = 256 * 1024;

export function capOutput(text: string, cap = OUTPUT_CAP): string {
  if (text.length <= cap) return text;
  return `${text.slice(0, cap)}\n… [output truncated: ${text.length - cap} more characters]\n`;
}

/** "3 of 5 tests passed" style counts. */
export function countSummary(tests: TestResult[]): string {
  const passed = tests.filter((t) => t.status === 'pass').length;
  const skipped = tests.filter((t) => t.status === 'skip').length;
  const failed = tests.length - passed - skipped;
  if (tests.length === 0) return 'no tests ran';
  const parts = [`${passed} of ${tests.length} tests passed`];
  if (failed) parts.push(`${failed} failed`);
  if (skipped) parts.push(`${skipped} skipped`);
  return parts.join(', ');
}
