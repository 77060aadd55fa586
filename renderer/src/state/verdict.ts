// How verdicts and test statuses are shown: always an icon AND a word, never colour alone.
import type { TestStatus, Verdict } from '../../../core/common/results.ts';

export type Tone = 'ok' | 'bad' | 'warn' | 'neutral';

export interface Label {
  icon: string;
  word: string;
  tone: Tone;
}

const VERDICTS: Record<Verdict, Label> = {
  passed: { icon: '✓', word: 'Passed', tone: 'ok' },
  failed: { icon: '✗', word: 'Failed', tone: 'bad' },
  compile_error: { icon: '✗', word: 'Compile error', tone: 'bad' },
  runtime_error: { icon: '✗', word: 'Runtime error', tone: 'bad' },
  timeout: { icon: '⏱', word: 'Timed out', tone: 'warn' },
  memory_limit: { icon: '⚠', word: 'Memory limit exceeded', tone: 'warn' },
  output_limit: { icon: '⚠', word: 'Output limit exceeded', tone: 'warn' },
  tampered: { icon: '⚠', word: 'Tampered', tone: 'warn' },
  sandbox_error: { icon: '⚠', word: 'Sandbox error', tone: 'warn' },
};

const CANCELLED: Label = { icon: '⊘', word: 'Cancelled', tone: 'neutral' };

export function verdictLabel(verdict: Verdict, cancelled = false): Label {
  return cancelled ? CANCELLED : VERDICTS[verdict];
}

const STATUSES: Record<TestStatus, Label> = {
  pass: { icon: '✓', word: 'passed', tone: 'ok' },
  fail: { icon: '✗', word: 'failed', tone: 'bad' },
  error: { icon: '⚠', word: 'error', tone: 'bad' },
  skip: { icon: '⊘', word: 'skipped', tone: 'neutral' },
};

export function testStatusLabel(status: TestStatus): Label {
  return STATUSES[status];
}

/** "0 ms", "840 ms", "1.2 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const min = Math.floor(ms / 60_000);
  const sec = Math.round((ms % 60_000) / 1000);
  return sec ? `${min} min ${sec} s` : `${min} min`;
}

/** First non-empty line of a message, for the collapsed test row. */
export function firstLine(text: string): string {
  for (const line of text.split('\n')) if (line.trim()) return line.trim();
  return '';
}
