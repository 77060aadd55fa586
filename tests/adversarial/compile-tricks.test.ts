// Compile-time and source-level tricks: //go:generate, cgo directives, //go:embed outside the module, a 5 MB
// source file and binary garbage as source. Nothing may run at build time, nothing outside may be read, and the
// grader must come back with a verdict.
import { describe, expect, it } from 'vitest';
import { garbage, hugeGo, hugeRuby } from './generated.ts';
import { fullIsolation, goEx, rubyEx, runAttack, useSuite, type Attack, type Graded } from './helpers.ts';

const full = await fullIsolation();
const go = goEx();
const ruby = rubyEx();
const goStarter = go.starter['sections.go']!;
const rubyStarter = ruby.starter['reference_extractor.rb']!;

const codes = (g: Graded) => g.report.flags.map((f) => f.code);
/** No file an attack meant to create at build time exists in any of the run's work dirs. */
const noneNamed = (g: Graded, part: string) => expect(g.workspaces.flatMap((w) => w.files).filter((f) => f.path.includes(part))).toEqual([]);

const attacks: Attack[] = [
  {
    name: 'Go: //go:generate commands (never run by the grader)',
    ex: go,
    source: 'go/go-generate.go',
    verdicts: ['failed'],
    check: (g) => {
      noneNamed(g, 'generate-ran');
      expect(codes(g)).toContain('go-generate');
    },
  },
  {
    name: 'Go: cgo import "C" with #cgo CFLAGS/LDFLAGS and a C constructor',
    ex: go,
    source: 'go/cgo-directives.go',
    verdicts: ['compile_error'],
    check: (g) => {
      noneNamed(g, 'cgo-ran');
      expect(codes(g)).toContain('go-cgo');
    },
  },
  {
    name: 'Go: //go:embed of ../../../../etc/shadow and ../*',
    ex: go,
    source: 'go/embed-outside.go',
    verdicts: ['compile_error'],
    check: (g) => expect(g.report.markers.length).toBeGreaterThan(0),
  },
  {
    name: 'Go: 5 MB source file',
    ex: go,
    source: (v) => hugeGo(goStarter, v.MARKER!),
    verdicts: ['failed'],
    check: (g) => expect(codes(g)).toContain('huge-source'),
  },
  {
    name: 'Ruby: 5 MB source file',
    ex: ruby,
    source: (v) => hugeRuby(rubyStarter, v.MARKER!),
    verdicts: ['failed'],
    check: (g) => expect(codes(g)).toContain('huge-source'),
  },
  {
    name: 'Go: 64 KB of binary garbage as source',
    ex: go,
    source: () => garbage(64 * 1024),
    verdicts: ['compile_error'],
    check: (g) => expect(codes(g)).toContain('binary-content'),
  },
  {
    name: 'Ruby: 64 KB of binary garbage as source',
    ex: ruby,
    source: () => garbage(64 * 1024, 0xbad),
    verdicts: ['compile_error', 'failed', 'runtime_error'],
    check: (g) => expect(codes(g)).toContain('binary-content'),
  },
];

describe.skipIf(!full)('adversarial: compile-time and source tricks', () => {
  const ctx = useSuite([go, ruby]);
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));
});
