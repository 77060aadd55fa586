// Successive `assay grade` processes share one reference measurement within the window (reference-store.ts), say
// so in every report, and measure anew with --fresh-reference or ASSAY_REFERENCE_WINDOW_S=0. Real processes, real
// toolchain, a budgeted exercise.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBudgetCase } from '../../../core/common/exercise.ts';
import { editable, GO_DIR, goEx, reference } from '../runner/helpers.ts';

const BIN = join(import.meta.dirname, '../../../bin/assay.js');
const work = mkdtempSync(join(tmpdir(), 'assay-refreuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const go = goEx();
const solution = join(work, 'solution');
const cache = join(work, 'cache');

interface Graded {
  score: number;
  reference: { measuredAt: string; origin: string; cases: { name: string; ms: number }[]; source: string } | null;
}

function grade(extra: string[] = [], env: Record<string, string> = {}): Promise<Graded> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, 'grade', GO_DIR, solution, '--json', ...extra], { timeout: 110_000, env: { ...process.env, ASSAY_CACHE_DIR: cache, ...env } }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${err.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as Graded);
    });
  });
}

describe('assay grade: one reference measurement per window', () => {
  it('the first call measures, the next reuses it and says so, --fresh-reference and a zero window measure again', async () => {
    expect(go.cases.some(isBudgetCase)).toBe(true);
    mkdirSync(solution);
    writeFileSync(join(solution, editable(go)), reference(go)[editable(go)]!);
    const first = await grade();
    expect(first.score).toBe(100);
    expect(first.reference).toMatchObject({ origin: 'measured', source: expect.stringMatching(/^(cgroup|proc|wall)$/) });
    expect(first.reference!.cases.map((c) => c.name).sort()).toEqual(go.cases.filter(isBudgetCase).map((c) => c.name).sort());

    const second = await grade();
    expect(second.reference).toEqual({ ...first.reference, origin: 'stored' });
    expect(second.score).toBe(100);

    const fresh = await grade(['--fresh-reference']);
    expect(fresh.reference!.origin).toBe('measured');
    expect(fresh.reference!.measuredAt).not.toBe(first.reference!.measuredAt); // a new measurement, not the stored one

    const zero = await grade([], { ASSAY_REFERENCE_WINDOW_S: '0' });
    expect(zero.reference!.origin).toBe('measured');
    // The fresh measurement replaced the stored one: the next call reuses it.
    const after = await grade();
    expect(after.reference).toEqual({ ...fresh.reference, origin: 'stored' });
  });
});
