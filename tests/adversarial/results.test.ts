// Hostile result values: what the driver reports is parsed and compared by the grader itself, outside the
// sandbox, so a result can attack the comparison: nesting deep enough to overflow its recursion, or keys aimed
// at JavaScript prototypes. The grader must still return a (non-passing) verdict and stay unpolluted.
import { describe, expect, it } from 'vitest';
import { fullIsolation, goEx, rubyEx, runAttack, useSuite, type Attack } from './helpers.ts';

const full = await fullIsolation();
const go = goEx();
const ruby = rubyEx();

const attacks: Attack[] = [
  { name: 'Ruby: a result nested 6000 levels deep (custom to_json)', ex: ruby, source: 'ruby/deep-result.rb', verdicts: ['failed'] },
  { name: 'Go: a result nested 6000 levels deep (extra Section field)', ex: go, source: 'go/deep-result.go', verdicts: ['failed'] },
  {
    name: 'Ruby: result keys __proto__ / constructor.prototype',
    ex: ruby,
    source: 'ruby/proto-keys.rb',
    verdicts: ['failed'],
    check: (g) => {
      expect(({} as Record<string, unknown>).assayPolluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('assayPolluted');
      // The values did reach the grader (shown to the interviewer as the actual result).
      expect(g.report.tests.some((t) => t.actual?.includes('assayPolluted'))).toBe(true);
    },
  },
];

describe.skipIf(!full)('adversarial: hostile result values', () => {
  const ctx = useSuite([go, ruby]);
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));
});
