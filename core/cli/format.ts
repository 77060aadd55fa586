// Human-readable output of `run` and `grade`: a header line, a table of tests, then markers and flags.
import type { GradeReport, RunReport, TestResult } from '../common/results.ts';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function firstLine(s: string, max = 90): string {
  const line = s.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const MARK: Record<TestResult['status'], string> = { pass: '✓', fail: '✗', error: '!', skip: '-' };

export function testTable(tests: TestResult[]): string {
  if (tests.length === 0) return '(no tests)';
  const head = ['', 'suite', 'test', 'ms', 'message'];
  const rows = tests.map((t) => [MARK[t.status], t.kind, t.name, String(Math.round(t.durationMs)), firstLine(t.message)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function details(r: RunReport): string[] {
  const out: string[] = [];
  for (const m of r.markers) out.push(`${m.severity} ${m.file}:${m.line}:${m.column}: ${firstLine(m.message, 200)}`);
  for (const f of r.flags) out.push(`flag [${f.severity}] ${f.code}${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}: ${f.message}`);
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatRun(r: RunReport): string {
  const head = `${r.exerciseId}: ${r.verdict} — ${r.summary}`;
  const meta = `isolation ${r.isolation} · ${r.toolchain} · compile ${seconds(r.timings.compileMs)} · run ${seconds(r.timings.runMs)}`;
  return [head, meta, '', testTable(r.tests), ...details(r)].join('\n');
}

export function formatGrade(r: GradeReport): string {
  const perf = r.performance === null ? 'n/a' : String(r.performance);
  const head = `${r.exerciseId}: ${r.verdict} — score ${r.score} (correctness ${r.correctness}, performance ${perf})`;
  const meta = `${r.summary}\nisolation ${r.isolation} · ${r.toolchain} · compile ${seconds(r.timings.compileMs)} · run ${seconds(r.timings.runMs)}`;
  return [head, meta, ...referenceLine(r), '', testTable(r.tests), ...details(r)].join('\n');
}

function referenceLine(r: GradeReport): string[] {
  const ref = r.reference;
  if (!ref) return [];
  const how = ref.origin === 'stored' ? 'reused, measured by an earlier grading on this machine' : 'measured by this grading';
  return [`budgets judged against the reference ${how} at ${ref.measuredAt} (${ref.source} CPU time)`];
}

/** `grade --json`: exactly the documented shape. */
export function gradeJson(r: GradeReport): string {
  return JSON.stringify({
    schema: r.schema,
    exercise: r.exerciseId,
    verdict: r.verdict,
    score: r.score,
    correctness: r.correctness,
    performance: r.performance,
    isolation: r.isolation,
    tests: r.tests.map((t) => ({ name: t.name, status: t.status, hidden: t.hidden, message: t.message, durationMs: t.durationMs })),
    flags: r.flags,
    timings: { compileMs: r.timings.compileMs, runMs: r.timings.runMs },
    reference: r.reference ?? null,
  });
}

/** `run --json`: the run report's essentials. */
export function runJson(r: RunReport): string {
  return JSON.stringify({
    schema: 'assay.run/1',
    exercise: r.exerciseId,
    verdict: r.verdict,
    summary: r.summary,
    isolation: r.isolation,
    tests: r.tests.map((t) => ({ name: t.name, status: t.status, message: t.message, durationMs: t.durationMs })),
    markers: r.markers,
    timings: { compileMs: r.timings.compileMs, runMs: r.timings.runMs },
  });
}
