// Ruby write-tests grading loads the code under test before the suite and deletes its source. Every usual way a
// suite loads the code (require_relative with or without .rb, require via $LOAD_PATH or an absolute path,
// Kernel#load) must still get it, on every correct implementation: the reference suite scores 100 with each,
// and none of these lines is flagged as probing the implementation.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const ex = loadExercise(join(import.meta.dirname, '../../../exercises/ruby/slug-tests'));
const path = 'test/slugger_test.rb';
const reference = ex.reference[path]!;

describe('Ruby write-tests: ways of loading the code under test', () => {
  it.each([
    "require_relative '../lib/slugger.rb'",
    "$LOAD_PATH.unshift File.expand_path('../lib', __dir__)\nrequire 'slugger'",
    "require File.expand_path('../lib/slugger', __dir__)",
    "load File.expand_path('../lib/slugger.rb', __dir__)",
  ])('%s', async (line) => {
    expect(reference).toContain("require_relative '../lib/slugger'");
    const g = await gradeSubmission(ex, { [path]: reference.replace("require_relative '../lib/slugger'", line) });
    expect({ score: g.score, summary: g.summary }).toEqual({ score: 100, summary: '9 of 9 mutants caught; passes on 3 correct implementations' });
    expect(g.flags.filter((f) => f.severity === 'critical')).toEqual([]);
  }, 120_000);
});
