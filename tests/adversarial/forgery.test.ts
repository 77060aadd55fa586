// Forged results: fake `go test` / minitest transcripts, early clean exits, patched test frameworks, result
// frames with a guessed nonce and with the real one stolen from stdin or from the Ruby heap. None may be graded
// `passed` or score above the honest starter; where the outcome is well-defined, the verdict is asserted.
import { describe, expect, it } from 'vitest';
import { fullIsolation, goEx, runAttack, rubyEx, useSuite, type Attack } from './helpers.ts';

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

describe.skipIf(!full)('adversarial: forged results', () => {
  const ctx = useSuite([go, ruby]);
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));
});
