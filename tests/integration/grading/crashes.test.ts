// Crashes in hidden cases: a case that raises is one failed case; a process that dies is a runtime error in
// which the cases reported before the crash still count.
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { editable, goEx, reference, rubyEx, withEditable } from '../runner/helpers.ts';

describe('crashes during hidden cases', () => {
  it('Ruby: an exception in one case fails that case only', async () => {
    const ex = rubyEx();
    const src = reference(ex)[editable(ex)]!.replace(/def self\.extract\(text\)\n/, "def self.extract(text)\n    raise 'boom' if text.include?('!')\n");
    const g = await gradeSubmission(ex, withEditable(ex, src));
    expect(g.verdict).toBe('failed');
    const errors = g.tests.filter((t) => t.hidden && t.status === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((t) => t.message.startsWith('RuntimeError: boom'))).toBe(true);
    expect(g.tests.some((t) => t.hidden && t.status === 'pass')).toBe(true);
  });

  it('Go: a panic in a goroutine kills the driver: runtime_error, earlier cases kept', async () => {
    const ex = goEx();
    const src = reference(ex)[editable(ex)]!.replace(
      /func Parse\(log string\) \(\[\]Section, error\) \{\n/,
      (m) => `${m}\tif len(log) > 200000 {\n\t\tdone := make(chan bool)\n\t\tgo func() { panic("background failure") }()\n\t\t<-done\n\t}\n`,
    );
    const g = await gradeSubmission(ex, withEditable(ex, src));
    expect(g.verdict).toBe('runtime_error');
    expect(g.summary).toMatch(/panic: background failure/);
    const hidden = g.tests.filter((t) => t.hidden);
    expect(hidden.some((t) => t.status === 'pass')).toBe(true);
    expect(hidden.some((t) => t.status === 'error' && t.message.startsWith('not run'))).toBe(true);
    expect(g.score).toBeGreaterThan(0);
    expect(g.score).toBeLessThan(100);
  });
});
