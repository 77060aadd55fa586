// Attacks on performance (budget) scoring. Budget cases are measured from outside (the run's cgroup CPU time,
// one sandboxed process and fresh directory per budget case, holding only that case's input) and judged against
// the reference measured in the same batch. A correct but slow solution is graded honestly first; no attack may
// lift it: relaying and rewriting the driver's frames, stealing the driver's stdin through go:linkname, reading
// the pending cases out of the Ruby driver and precomputing them, caching answers between cases in files, and
// doing the work in a forked worker.
import { loadExercise } from '../../core/node/library/load.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../core/node/library/load.ts';
import { fixture, fullIsolation, goEx, gradeHostile, newMarker, rubyEx, type Graded } from './helpers.ts';

const full = await fullIsolation();
const go = goEx();
const ruby = rubyEx();

/** The honest slow Go solution: log-sections' regexp-per-line mutant (correct, ~20x the reference's CPU). */
const goSlow = loadExercise(join(import.meta.dirname, '../../exercises/go/log-sections')).mutants.find((m) => m.name === 'regexp-per-line')!.files['sections.go']!;

function withImports(src: string, imports: string[]): string {
  const missing = imports.filter((i) => !src.includes(`\t${i}\n`));
  return src.replace('import (\n', `import (\n${missing.map((i) => `\t${i}\n`).join('')}`);
}

/** reference-extractor with one budget case (the seed Ruby exercise has none). */
const rubyBudgeted: LoadedExercise = {
  ...ruby,
  meta: { ...ruby.meta, scoring: { correctness: 80, performance: 20 } },
  cases: ruby.cases.map((c) => (c.name === 'multiline' ? { ...c, budget: true } : c)),
};
/** The Ruby reference burning 0.2 s of CPU per call: correct, far over 3x the reference. */
const rubySlow = ruby.reference['reference_extractor.rb']!.replace(
  /def self\.extract\(text\)\n/,
  'def self.extract(text)\n    t = Process.clock_gettime(Process::CLOCK_THREAD_CPUTIME_ID)\n    nil while Process.clock_gettime(Process::CLOCK_THREAD_CPUTIME_ID) - t < 0.2\n',
);

/** The attack earns no performance point: performance 0, so at most the correctness share (and never above the
 *  honest slow solution's correctness). Comparing whole scores would depend on how loaded the machine is. */
function expectNoGain(honest: Graded, attack: Graded, ex: LoadedExercise): void {
  const why = `${attack.report.verdict}: ${attack.report.summary}`;
  expect(attack.leftovers, 'processes left behind').toEqual([]);
  expect(attack.report.performance, why).toBe(0);
  expect(attack.report.score, why).toBeLessThanOrEqual(ex.meta.scoring.correctness);
  expect(honest.report.performance).toBe(0);
}

describe.skipIf(!full)('adversarial: performance scoring', () => {
  let goHonest: Promise<Graded>;
  let rubyHonest: Promise<Graded>;
  const honestGo = () => (goHonest ??= gradeHostile(go, goSlow, newMarker('goslow')));
  const honestRuby = () => (rubyHonest ??= gradeHostile(rubyBudgeted, rubySlow, newMarker('rbslow')));

  it('the honest slow solutions lose exactly the performance share', async () => {
    for (const h of [await honestGo(), await honestRuby()]) {
      expect(h.report.performance).toBe(0);
      const rows = h.report.tests.filter((t) => t.kind === 'budget');
      // Each budget case is either measured far over its allowed cost or stopped by the per-case time limit.
      const over = rows.filter((t) => t.cost && t.cost.costMs > t.cost.allowedMs && t.cost.source === 'cgroup');
      const stopped = rows.filter((t) => t.status === 'error' && /did not finish/.test(t.message));
      expect(rows.length).toBeGreaterThan(0);
      expect(over.length + stopped.length, JSON.stringify(rows)).toBe(rows.length);
    }
  });

  it('Go: re-exec relay rewriting every frame to 0 ns', async () => {
    const marker = newMarker('relay');
    const src = withImports(goSlow, ['"bufio"', '"os"', '"os/exec"', '"path/filepath"']) + fixture('budget/go-relay.go.txt', { MARKER: marker });
    const g = await gradeHostile(go, src, marker);
    expect(g.report.output, 'the relay must have run').toContain(`${marker} relaying`);
    expectNoGain(await honestGo(), g, go);
  });

  it('Go: driver stdin stolen through go:linkname, cached in files for later cases', async () => {
    const marker = newMarker('linkname');
    const src = withImports(goSlow, ['"encoding/json"', '"io"', '"os"', '"path/filepath"', '_ "unsafe"']) + fixture('budget/go-linkname-stdin.go.txt', { MARKER: marker });
    const g = await gradeHostile(go, src, marker);
    expect(g.report.output).toContain(`${marker} PENDING 1`); // a budget run holds its own case only
    expect(g.report.output).not.toContain(`${marker} CACHE-HIT`);
    expect(g.report.flags.map((f) => f.code)).toContain('go-linkname');
    expectNoGain(await honestGo(), g, go);
  });

  it("Ruby: pending cases read from the driver (TOPLEVEL_BINDING / ObjectSpace), precomputed, cached between cases", async () => {
    const marker = newMarker('pending');
    const g = await gradeHostile(rubyBudgeted, rubySlow + fixture('budget/ruby-pending-cases.rb', { MARKER: marker }), marker);
    expect(g.report.output).toContain(`${marker} PENDING 1`);
    expect(g.report.output).not.toContain(`${marker} CACHE-HIT`);
    expectNoGain(await honestRuby(), g, rubyBudgeted);
  });

  it('Ruby: the work done by a forked, setsid worker while the measured process waits', async () => {
    const marker = newMarker('fork');
    const g = await gradeHostile(rubyBudgeted, rubySlow + fixture('budget/ruby-fork-worker.rb', { MARKER: marker }), marker);
    expect(g.report.output).toContain(`${marker} forked`);
    expectNoGain(await honestRuby(), g, rubyBudgeted);
  });
});
