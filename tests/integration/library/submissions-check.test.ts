// `assay check` on an exercise's submissions/, against the real Ruby toolchain and sandbox: a wrong "accepted"
// solution, a too-slow solution that is not slow, a submission with non-editable files and an allowedFlags entry
// that cannot be allowed are each reported by name; the library's own exercises raise no critical scan flag once their allowedFlags apply.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanSubmission } from '../../../core/node/grading/scan.ts';
import { checkExercise } from '../../../core/node/check/check.ts';
import { findExerciseDirs, loadExercise } from '../../../core/node/library/load.ts';
import { loadRequirements } from '../../../core/node/library/requirements.ts';

const library = join(import.meta.dirname, '../../../exercises');
const tmp = mkdtempSync(join(tmpdir(), 'assay-subcheck-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('assay check on submissions/', () => {
  it('reports a wrong accepted solution, a stray file and a misplaced too-slow solution by name', async () => {
    const dir = join(tmp, 'reference-extractor');
    cpSync(join(library, 'ruby/reference-extractor'), dir, { recursive: true });
    const wrong = join(dir, 'submissions/accepted/word-boundary');
    mkdirSync(wrong, { recursive: true });
    const mutant = loadExercise(dir).mutants.find((m) => m.name === 'word-boundary-end')!;
    writeFileSync(join(wrong, 'reference_extractor.rb'), mutant.files['reference_extractor.rb']!);
    const extra = join(dir, 'submissions/accepted/with-notes');
    mkdirSync(extra, { recursive: true });
    cpSync(join(dir, 'reference/reference_extractor.rb'), join(extra, 'reference_extractor.rb'));
    writeFileSync(join(extra, 'NOTES.md'), 'why this works');
    const slow = join(dir, 'submissions/too-slow/not-slow');
    mkdirSync(slow, { recursive: true });
    cpSync(join(dir, 'reference/reference_extractor.rb'), join(slow, 'reference_extractor.rb'));

    const metaPath = join(dir, 'exercise.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    meta.allowedFlags = [{ code: 'forged-output', reason: 'an exercise cannot excuse forged runner output' }];
    writeFileSync(metaPath, JSON.stringify(meta));

    const known = new Set(loadRequirements(library).requirements.map((r) => r.id));
    const res = await checkExercise(dir, known, () => {});
    const text = res.problems.join('\n');
    expect(text).toMatch(/submission accepted\/word-boundary scores \d+ \(failed: .*failing .*forbidden_char_after_number.*\), expected 100/);
    expect(text).toContain('submissions/accepted/with-notes: only editable files are allowed, found NOTES.md');
    expect(text).toContain('has too-slow submissions but no budget case');
    expect(text).toMatch(/submission too-slow\/not-slow loses no performance points/);
    expect(text).toMatch(/allowedFlags: forged-output cannot be allowed/);
    // The two real accepted solutions still pass; the reference and mutants are unaffected.
    expect(res.submissionsOk).toBe(2);
    expect(res.reference).toBe(100);
    expect(res.mutantsCaught).toBe(res.mutantsTotal);
  }, 120_000);

  it('every implement/fix reference and accepted solution is free of critical scan flags under its allowedFlags', () => {
    for (const d of findExerciseDirs(library)) {
      const ex = loadExercise(d);
      if (ex.meta.type !== 'implement' && ex.meta.type !== 'fix') continue;
      const files = { ...ex.starter, ...ex.reference };
      const editable = Object.fromEntries(ex.meta.editable.map((p) => [p, files[p] ?? '']));
      const critical = scanSubmission(editable, ex.meta.language, ex.meta.allowedFlags).filter((f) => f.severity === 'critical');
      expect({ id: ex.meta.id, critical }).toEqual({ id: ex.meta.id, critical: [] });
    }
    // Without its allowance the process supervisor's reference would be flagged: the allowance is what clears it.
    const sup = loadExercise(join(library, 'go/process-supervisor'));
    const src = { 'supervise.go': sup.reference['supervise.go']! };
    expect(scanSubmission(src, 'go').map((f) => f.code)).toContain('go-syscall');
    expect(scanSubmission(src, 'go', sup.meta.allowedFlags).map((f) => f.code)).not.toContain('go-syscall');
  });
});
