// Reading and judging a hidden-case driver's output (Go or Ruby): every case must be reported exactly once, in
// a frame with this run's nonce, followed by one end frame whose count matches. Anything else — a forged or
// malformed frame, an unknown or repeated case, a wrong count, a clean exit without the end frame — is
// `tampered`. A driver that dies mid-way with a nonzero status crashed (`runtime_error`).
import type { Flag, Verdict } from '../../common/results.ts';
import type { SandboxResult } from '../sandbox/types.ts';
import { parseFrames } from './frames.ts';
import { capOutput, emptyOutcome, endingVerdict, type SuiteOutcome } from './outcome.ts';

export interface CaseFrame {
  name: string;
  status: 'ok' | 'error' | 'timeout';
  /** The JSON value the harness returned (status ok only). */
  value: unknown;
  message: string;
  /** From the driver's monotonic start/end nanoseconds, or the outside measurement when they disagree. */
  durationMs: number;
}

/** A driver run: the suite-level verdict plus each case's raw observation (compared by the grader). */
export interface DriverOutcome extends SuiteOutcome {
  cases: Map<string, CaseFrame>;
  /** CPU time of the whole run, measured by the sandbox outside the candidate's tree (see SandboxResult). */
  cpuMs: number | null;
  cpuSource: 'cgroup' | 'proc' | null;
}

/** One driver run of some cases, in its own fresh directory; `dirName` names that directory in the workspace. */
/** A hidden-case driver run before anything is known. */
export function emptyDriverOutcome(): DriverOutcome {
  return { ...emptyOutcome(), cases: new Map(), cpuMs: null, cpuSource: null };
}

export type DriverRun = (casesJson: string, caseNames: string[], dirName: string, opts?: { measured?: boolean }) => Promise<DriverOutcome>;

/** A driver prepared once per submission (Go: compiled), then run once for the correctness cases and once per
 *  budget case. `failed` is set when it could not be prepared (the outcome to report for every case). */
export interface PreparedDriver {
  failed: DriverOutcome | null;
  compileMs: number;
  run: DriverRun;
}

export interface DriverParse {
  cases: Map<string, CaseFrame>;
  /** Why the output cannot be trusted, or null. */
  problem: string | null;
  /** A Ruby SyntaxError raised while loading the solution. */
  syntax: string | null;
  ended: boolean;
  /** Cases whose reported time was well below the time between their start and result frames' arrival. */
  retimed: { name: string; reportedMs: number; observedMs: number }[];
  /** What the code printed, frames removed. */
  text: string;
}

const STATUSES = new Set(['ok', 'error', 'timeout']);

/** Reported time may trail the observed one by pipe and event-loop latency, not by more. */
export function underReported(reportedMs: number, observedMs: number): boolean {
  return observedMs > reportedMs + 50 + 0.25 * reportedMs;
}

const isNs = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** `arrivals`: when each frame line reached the grader (LineArrivals.at), for the outside timing check. */
export function readDriverFrames(stdout: string, nonce: string, caseNames: string[], arrivals?: Map<string, number>): DriverParse {
  const parsed = parseFrames(stdout, nonce);
  const out: DriverParse = { cases: new Map(), problem: null, syntax: null, ended: false, retimed: [], text: parsed.text };
  const fail = (why: string) => void (out.problem ??= why);
  if (parsed.forged) fail(`${parsed.forged} result line(s) carried a wrong nonce`);
  if (parsed.malformed) fail(`${parsed.malformed} result line(s) were not valid JSON objects`);
  const known = new Set(caseNames);
  const started = new Map<string, string>();
  let endCount: number | null = null;
  parsed.frames.forEach((f, i) => {
    const name = typeof f.name === 'string' ? f.name : '';
    if (out.ended) fail('result lines after the end frame');
    if (f.t === 'end') {
      out.ended = true;
      endCount = typeof f.count === 'number' ? f.count : -1;
    } else if (f.t === 'syntax' && typeof f.message === 'string') {
      out.syntax = f.message;
    } else if (f.t === 'start') {
      if (!known.has(name) || started.has(name)) fail(`an unexpected start frame for ${JSON.stringify(name).slice(0, 80)}`);
      else started.set(name, parsed.lines[i]!);
    } else if (f.t === 'case') {
      if (!known.has(name)) fail(`result for unknown case ${JSON.stringify(name).slice(0, 80)}`);
      else if (out.cases.has(name)) fail(`case ${name} reported twice`);
      else if (!started.has(name)) fail(`case ${name} reported without a start frame`);
      else if (typeof f.status !== 'string' || !STATUSES.has(f.status) || !isNs(f.startNs) || !isNs(f.endNs) || f.endNs < f.startNs) {
        fail(`malformed result for case ${name}`);
      } else {
        const reportedMs = (f.endNs - f.startNs) / 1e6;
        const from = arrivals?.get(started.get(name)!);
        const to = arrivals?.get(parsed.lines[i]!);
        const observedMs = from !== undefined && to !== undefined ? to - from : null;
        const retimed = observedMs !== null && underReported(reportedMs, observedMs);
        if (retimed) out.retimed.push({ name, reportedMs, observedMs });
        const status = f.status as CaseFrame['status'];
        const message = typeof f.message === 'string' ? f.message : '';
        out.cases.set(name, { name, status, value: f.value, message, durationMs: retimed ? observedMs : reportedMs });
      }
    } else {
      fail('a result line of unknown type');
    }
  });
  if (out.ended && endCount !== out.cases.size) fail(`end frame counts ${endCount} cases but ${out.cases.size} were reported`);
  if (out.ended && out.cases.size !== caseNames.length) fail(`the driver finished without reporting ${caseNames.length - out.cases.size} case(s)`);
  return out;
}

/** Past this gap a contradicted timing is a critical flag; below it, host load (a late pipe read) can explain it. */
export const CRITICAL_TIMING_GAP_MS = 250;

/** Flags for cases whose own timing was contradicted from outside (a patched clock or arithmetic). The observed
 *  time is what counts either way; a small gap is a warning because a loaded machine can produce it honestly. */
export function timingFlags(p: DriverParse): Flag[] {
  return p.retimed.map((r) => ({
    code: 'timing-mismatch',
    severity: r.observedMs - r.reportedMs > CRITICAL_TIMING_GAP_MS ? 'critical' : 'warning',
    message: `case ${r.name} reported ${r.reportedMs.toFixed(1)} ms but its result arrived ${r.observedMs.toFixed(1)} ms after it started; the observed time was used`,
  }));
}

export function classifyDriver(res: SandboxResult, p: DriverParse, limits: { timeoutMs: number; memoryMb: number }): { verdict: Verdict; summary: string; cancelled?: boolean } {
  if (res.sandboxError) return endingVerdict(res, 'the hidden cases', limits)!;
  if (p.problem) return { verdict: 'tampered', summary: `hidden-case results cannot be trusted: ${p.problem}` };
  const ending = endingVerdict(res, 'the hidden cases', limits);
  if (ending) return ending;
  if (p.syntax) return { verdict: 'compile_error', summary: p.syntax.split('\n')[0]! };
  if (p.ended) return { verdict: 'passed', summary: `${p.cases.size} cases ran` };
  if (res.exitCode === 0) return { verdict: 'tampered', summary: 'the hidden-case driver exited with status 0 before finishing' };
  const crash = /^(panic|fatal error): .*$/m.exec(res.stderr)?.[0] ?? res.stderr.split('\n').find((l) => /^\S/.test(l) && !/warning:/.test(l)) ?? '';
  const how = res.signal ? `was killed by ${res.signal}` : `exited with status ${res.exitCode}`;
  return { verdict: 'runtime_error', summary: `the code crashed while running hidden cases: it ${how}${crash ? `: ${crash.slice(0, 300)}` : ''}` };
}

/** Fills a driver outcome from its finished run: frames read against the nonce, timings checked, verdict decided.
 *  Shared by the Go and Ruby drivers; returns the parse for language-specific extras (e.g. Ruby syntax markers). */
export function judgeDriverRun(
  out: DriverOutcome,
  res: SandboxResult,
  nonce: string,
  caseNames: string[],
  arrivals: Map<string, number>,
  limits: { timeoutMs: number; memoryMb: number },
): DriverParse {
  out.runMs = res.durationMs;
  out.isolation = res.isolation;
  out.cpuMs = res.cpuMs;
  out.cpuSource = res.cpuSource;
  const parsed = readDriverFrames(res.stdout, nonce, caseNames, arrivals);
  out.cases = parsed.cases;
  out.flags = timingFlags(parsed);
  out.output = capOutput(parsed.text + res.stderr);
  const judged = classifyDriver(res, parsed, limits);
  Object.assign(out, { verdict: judged.verdict, summary: judged.summary, cancelled: judged.cancelled ?? false });
  return parsed;
}
