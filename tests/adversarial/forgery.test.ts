// Forged results: fake `go test` / minitest transcripts, early clean exits, patched test frameworks, result
// frames with a guessed nonce and with the real one stolen from stdin or from the Ruby heap. None may be graded
// `passed` or score above the honest starter; where the outcome is well-defined, the verdict is asserted.
import { describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../core/node/library/load.ts';
import { fixture, fullIsolation, goEx, gradeHostile, newMarker, runAttack, rubyEx, useSuite, type Attack, type Graded } from './helpers.ts';

const full = await fullIsolation();
const go = goEx();
const ruby = rubyEx();
const codes = (a: { report: { flags: { code: string }[] } }) => a.report.flags.map((f) => f.code);

const attacks: Attack[] = [
  {
    name: 'Go: forged === RUN / --- PASS transcript from init() + os.Exit(0)',
    ex: go,
    source: 'go/forged-pass-init-exit.go',
    verdicts: ['tampered', 'failed'],
    check: (g) => expect(codes(g)).toEqual(expect.arrayContaining(['go-init', 'go-os-exit', 'forged-output'])),
  },
  {
    name: 'Go: TestMain with os.Exit(0) in the solution file',
    ex: go,
    source: 'go/testmain-exit.go',
    verdicts: ['failed'],
    check: (g) => {
      // go test ignores a TestMain outside _test.go files: the real tests ran and failed.
      const visible = g.report.tests.filter((t) => t.kind === 'visible');
      expect(visible.map((t) => t.status)).toEqual(['fail', 'fail', 'fail']);
    },
  },
  {
    name: 'Go: every test skipped via testing.Init + -test.run set from init()',
    ex: go,
    source: 'go/skip-all-tests.go',
    verdicts: ['failed', 'tampered'],
    check: (g) => expect(g.report.tests.filter((t) => t.kind === 'visible' && t.status === 'pass')).toEqual([]),
  },
  {
    name: 'Go: -test.list set from init() (names printed, nothing run, exit 0)',
    ex: go,
    source: 'go/list-instead-of-run.go',
    verdicts: ['failed', 'tampered'],
  },
  {
    name: 'Go: result frames with a guessed nonce',
    ex: go,
    source: 'go/guessed-nonce-frame.go',
    verdicts: ['tampered'],
  },
  {
    name: 'Go: nonce stolen from stdin, protocol replayed in the test binary and the driver',
    ex: go,
    source: 'go/stolen-nonce-forgery.go',
    verdicts: ['failed', 'tampered'],
    check: (g) => {
      // The replayed frames carry made-up values: the hidden cases, decided outside, still fail.
      expect(g.report.tests.filter((t) => t.hidden && t.status !== 'pass').length).toBeGreaterThan(0);
      expect(codes(g)).toEqual(expect.arrayContaining(['go-os-exit', 'forged-output']));
    },
  },
  {
    name: 'Ruby: Minitest::Assertions#assert_equal redefined (assertion counts kept)',
    ex: ruby,
    source: 'ruby/assert-equal-patch.rb',
    verdicts: ['failed', 'tampered'],
    check: (g) => expect(codes(g)).toContain('rb-minitest'),
  },
  {
    name: 'Ruby: Minitest::Test#run overridden to report clean results',
    ex: ruby,
    source: 'ruby/test-run-override.rb',
    verdicts: ['failed', 'tampered'],
    check: (g) => expect(codes(g)).toContain('rb-minitest'),
  },
  {
    name: 'Ruby: at_exit { exit!(0) } runs before minitest autorun',
    ex: ruby,
    source: 'ruby/at-exit-exit-bang.rb',
    verdicts: ['tampered'],
    check: (g) => expect(codes(g)).toEqual(expect.arrayContaining(['rb-at-exit', 'rb-exit-bang'])),
  },
  {
    name: 'Ruby: fake minitest summary + exit!(0) while loading',
    ex: ruby,
    source: 'ruby/fake-summary-exit-bang.rb',
    verdicts: ['tampered'],
    check: (g) => expect(codes(g)).toEqual(expect.arrayContaining(['forged-output', 'rb-exit-bang'])),
  },
  {
    name: 'Ruby: result frames with a guessed nonce + exit!(0)',
    ex: ruby,
    source: 'ruby/guessed-nonce-frame.rb',
    verdicts: ['tampered'],
  },
  {
    name: 'Ruby: nonce stolen from the heap with ObjectSpace, frames forged with it',
    ex: ruby,
    source: 'ruby/objectspace-nonce-theft.rb',
    verdicts: ['failed', 'tampered'],
    check: (g, marker) => {
      expect(g.report.output, 'the attack must have found the nonce').not.toContain(`${marker}: no nonce found`);
      expect(g.report.tests.filter((t) => t.hidden && t.status !== 'pass').length).toBeGreaterThan(0);
      expect(codes(g)).toContain('rb-objectspace');
    },
  },
];

/**
 * The seed Ruby exercise with a performance budget on one case (other Ruby exercises have budget cases; the seed
 * has none): correct answers that take longer than budgetMs lose the performance share.
 */
function withBudget(ex: LoadedExercise, caseName: string, budgetMs: number): LoadedExercise {
  expect(ex.cases.map((c) => c.name)).toContain(caseName);
  return {
    ...ex,
    meta: { ...ex.meta, scoring: { correctness: 80, performance: 20 } },
    cases: ex.cases.map((c) => (c.name === caseName ? { ...c, budgetMs } : c)),
  };
}

/** The reference solution, burning 0.2 s of CPU per call: correct, and far over 3x the reference. */
function slowReference(ex: LoadedExercise): string {
  const ref = ex.reference['reference_extractor.rb']!;
  const slow = ref.replace(/def self\.extract\(text\)\n/, 'def self.extract(text)\n    t = Process.clock_gettime(Process::CLOCK_THREAD_CPUTIME_ID)\n    nil while Process.clock_gettime(Process::CLOCK_THREAD_CPUTIME_ID) - t < 0.2\n');
  expect(slow).not.toBe(ref);
  return slow;
}

describe.skipIf(!full)('adversarial: forged results', () => {
  const ctx = useSuite([go, ruby]);
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));

  // Both attacks below turn a correct but slow solution into one that meets its budget. The honest version of
  // the same solution is graded first: the budget case must fail for it, and neither attack may do better.
  const budgetAttacks = [
    { name: 'Ruby: budget timings forged by patching Float#round (correct but slow solution)', addition: 'ruby/float-round-patch.rb' },
    { name: 'Ruby: budget beaten by precomputing every answer at load time from .assay/cases.json', addition: 'ruby/precompute-cases.rb' },
  ];
  for (const b of budgetAttacks) {
    it(b.name, async () => {
      const budgeted = withBudget(ruby, 'multiline', 100);
      const slow = slowReference(ruby);
      const row = (g: Graded) => g.report.tests.find((t) => t.name === 'multiline')!;
      const honest = await gradeHostile(budgeted, slow, newMarker('honestslow'));
      expect(row(honest).status, row(honest).message).toBe('fail');
      const marker = newMarker('budget');
      const forged = await gradeHostile(budgeted, `${slow}${fixture(b.addition, { MARKER: marker })}`, marker);
      expect(forged.leftovers).toEqual([]);
      expect(row(forged).status, `cost ${row(forged).durationMs} ms for a case whose solution burns 0.2 s of CPU per call`).toBe('fail');
      expect(forged.report.score).toBeLessThanOrEqual(honest.report.score);
    });
  }
});
