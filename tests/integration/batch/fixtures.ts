// A folder of real submission bundles for the batch tests: candidates who each typed a solution through a real
// session (reference, starter, mutants, partial reviews) of two small exercises: the Ruby seed exercise (graded
// in the sandbox) and a review exercise (graded without a toolchain), in a private copy of the library.
import { loadExercise } from '../../../core/node/library/load.ts';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Register } from '../../../core/node/assessment/register.ts';
import { addReviewExercise, makeBundle, makeLibrary, tempDir } from '../../unit/assessment/helpers.ts';

export const RUBY_ID = 'ruby-reference-extractor';
export const REVIEW_ID = 'go-review-retry';

export interface BatchFixture {
  library: string;
  folder: string;
  files: string[];
  /** The register of issued packs every bundle's pack was recorded in (as `assay pack` records them). */
  register: string;
}

function rubyVariants(lib: string): string[] {
  const dir = join(lib, 'ruby/reference-extractor');
  const file = 'reference_extractor.rb';
  const mutants = loadExercise(dir).mutants.map((m) => m.files[file]!);
  return [readFileSync(join(dir, 'reference', file), 'utf8'), readFileSync(join(dir, 'starter', file), 'utf8'), ...mutants];
}

const REVIEWS = [
  '[{ "line": 7, "body": "Off by one: <= runs the job max+1 times." }]',
  '[{ "line": 7, "body": "off by one" }, { "line": 13, "body": "the error is swallowed" }]',
  '[]',
];

/** `count` bundles (names candidate-00 ...), alternating Ruby and review submissions, of packs issued through a register. */
export async function makeBatchFolder(count: number): Promise<BatchFixture> {
  const library = makeLibrary();
  addReviewExercise(library);
  const folder = tempDir('assay-batch-in-');
  const registerDir = tempDir('assay-batch-register-');
  const register = new Register(registerDir);
  const ruby = rubyVariants(library);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const isRuby = i % 3 !== 2;
    const code = isRuby ? ruby[i % ruby.length]! : REVIEWS[Math.floor(i / 3) % REVIEWS.length]!;
    const id = isRuby ? RUBY_ID : REVIEW_ID;
    const { path } = await makeBundle(library, { candidate: `Candidate ${String(i).padStart(2, '0')}`, ids: [id], edits: { [id]: code }, register });
    const name = `candidate-${String(i).padStart(2, '0')}.assay-submission`;
    cpSync(path, join(folder, name));
    files.push(name);
  }
  return { library, folder, files, register: registerDir };
}

export function freshDir(prefix: string): string {
  const d = tempDir(prefix);
  mkdirSync(d, { recursive: true });
  return d;
}
