// Reading and judging a hidden-case driver's output (Go or Ruby): every case must be reported exactly once, in
// a frame with this run's nonce, followed by one end frame whose count matches. Anything else — a forged or
// malformed frame, an unknown or repeated case, a wrong count, a clean exit without the end frame — is
// `tampered`. A driver that dies mid-way with a nonzero status crashed (`runtime_error`).
import type { Verdict } from '../../common/results.ts';
import type { SandboxResult } from '../sandbox/types.ts';
import { parseFrames } from './frames.ts';
import { endingVerdict, type SuiteOutcome } from './outcome.ts';

export interface CaseFrame {
  name: string;
  status: 'ok' | 'error' | 'timeout';
  /** The JSON value the harness returned (status ok only). */
  value: unknown;
  message: string;
  durationMs: number;
}

/** A driver run: the suite-level verdict plus each case's raw observation (compared by the grader). */
export interface DriverOutcome extends SuiteOutcome {
  cases: Map<string, CaseFrame>;
}

export interface DriverParse {
  cases: Map<string, CaseFrame>;
  /** Why the output cannot be trusted, or null. */
  problem: string | null;
  /** A Ruby SyntaxError raised while loading the solution. */
  syntax: string | null;
  ended: boolean;
  /** What the code printed, frames removed. */
  text: string;
}

const STATUSES = new Set(['ok', 'error', 'timeout']);

export function readDriverFrames(stdout: string, nonce: string, caseNames: string[]): DriverParse {
  const parsed = parseFrames(stdout, nonce);
  const out: DriverParse = { cases: new Map(), problem: null, syntax: null, ended: false, text: parsed.text };
  const fail = (why: string) => void (out.problem ??= why);
  if (parsed.forged) fail(`${parsed.forged} result line(s) carried a wrong nonce`);
  if (parsed.malformed) fail(`${parsed.malformed} result line(s) were not valid JSON objects`);
  const known = new Set(caseNames);
  let endCount: number | null = null;
  for (const f of parsed.frames) {
    if (out.ended) fail('result lines after the end frame');
    if (f.t === 'end') {
      out.ended = true;
      endCount = typeof f.count === 'number' ? f.count : -1;
    } else if (f.t === 'syntax' && typeof f.message === 'string') {
      out.syntax = f.message;
    } else if (f.t === 'case') {
      const name = typeof f.name === 'string' ? f.name : '';
      const durationMs = typeof f.durationMs === 'number' && Number.isFinite(f.durationMs) && f.durationMs >= 0 ? f.durationMs : NaN;
      if (!known.has(name)) fail(`result for unknown case ${JSON.stringify(name).slice(0, 80)}`);
      else if (out.cases.has(name)) fail(`case ${name} reported twice`);
      else if (typeof f.status !== 'string' || !STATUSES.has(f.status) || Number.isNaN(durationMs)) fail(`malformed result for case ${name}`);
      else {
        const status = f.status as CaseFrame['status'];
        out.cases.set(name, { name, status, value: f.value, message: typeof f.message === 'string' ? f.message : '', durationMs });
      }
    } else {
      fail('a result line of unknown type');
    }
  }
  if (out.ended && endCount !== out.cases.size) fail(`end frame counts ${endCount} cases but ${out.cases.size} were reported`);
  if (out.ended && out.cases.size !== caseNames.length) fail(`the driver finished without reporting ${caseNames.length - out.cases.size} case(s)`);
  return out;
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
