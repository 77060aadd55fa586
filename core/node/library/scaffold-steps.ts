// What `assay check` says about an exercise made by `assay new` that is not finished: the first step still
// carrying the TODO(assay new) marker, explained, and the steps after it. Grading waits until none is left.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTree } from './load.ts';
import { MARKER } from './scaffold-templates.ts';

interface Step { where: string; done: (dir: string) => boolean; explain: string }

const hasMarker = (dir: string, sub: string): boolean => {
  const path = join(dir, sub);
  if (!existsSync(path)) return false;
  if (statSync(path).isFile()) return readFileSync(path, 'utf8').includes(MARKER);
  return Object.values(readTree(path)).some((c) => c.includes(MARKER));
};
const noMarker = (sub: string) => (dir: string) => !hasMarker(dir, sub);

const STEPS: Step[] = [
  { where: 'exercise.json', done: noMarker('exercise.json'), explain: 'set the title, difficulty, minutes and competencies (requirement ids from the library\'s requirements.json); editable names the files the candidate may change' },
  { where: 'prompt.md', done: noMarker('prompt.md'), explain: 'write what the candidate reads: the task, the API to implement, an example' },
  { where: 'starter/', done: noMarker('starter'), explain: 'the files the candidate starts from (scoring at most 10: a stub, or for fix the regressed code; for review the diff)' },
  { where: 'visible/', done: noMarker('visible'), explain: 'the tests the candidate can run and read (Go: *_test.go; Ruby: minitest *_test.rb)' },
  { where: 'reference/', done: noMarker('reference'), explain: 'the reference solution, overlaid on starter/; it must score 100' },
  { where: 'hidden/', done: noMarker('hidden'), explain: 'cases.json (name, call, input, expected) and the harness adapting each call to the candidate\'s API (review: defects.json)' },
  {
    where: 'mutants/',
    done: (dir) => {
      const m = join(dir, 'mutants');
      return existsSync(m) && readdirSync(m).filter((n) => statSync(join(m, n)).isDirectory()).length >= 3 && !hasMarker(dir, 'mutants');
    },
    explain: 'at least 3 plausible wrong solutions, mutants/<name>/ with the changed files (and MUTANT.md saying what is wrong); the hidden cases must catch each',
  },
];

/** Empty when the exercise carries no TODO(assay new) marker (it was never scaffolded, or is finished). */
export function scaffoldSteps(dir: string): string[] {
  let scaffolded: boolean;
  try {
    scaffolded = Object.values(readTree(dir)).some((c) => c.includes(MARKER));
  } catch {
    return [];
  }
  if (!scaffolded) return [];
  const open = STEPS.map((s, i) => ({ ...s, n: i + 1 })).filter((s) => !s.done(dir));
  const first = open[0];
  if (!first) return [];
  const rest = open.slice(1).map((s) => s.where);
  return [
    `unfinished (assay new): step ${first.n} of ${STEPS.length}, ${first.where}: ${first.explain}; replace every ${MARKER} there`,
    ...(rest.length ? [`then: ${rest.join(', ')}`] : []),
  ];
}
