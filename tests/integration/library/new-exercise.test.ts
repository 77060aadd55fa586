// `assay new` scaffolds an exercise that `assay check` explains step by step: each step's TODO(assay new) markers
// replaced moves the guidance on, and the finished exercise is checked like any other (real Ruby toolchain).
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCommand } from '../../../core/cli/new-command.ts';
import { UsageError } from '../../../core/cli/command.ts';
import { checkLibrary } from '../../../core/node/check/check.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function library(): string {
  const lib = mkdtempSync(join(tmpdir(), 'assay-new-'));
  copyFileSync(join(root, 'exercises', 'requirements.json'), join(lib, 'requirements.json'));
  return lib;
}
async function problems(lib: string): Promise<string[]> {
  const r = await checkLibrary(lib);
  expect(r.exercises).toHaveLength(1);
  return r.exercises[0]!.problems;
}
const firstRequirement = (): string =>
  (JSON.parse(readFileSync(join(root, 'exercises', 'requirements.json'), 'utf8')) as { requirements: { id: string; assessable: boolean }[] })
    .requirements.find((r) => r.assessable)!.id;

describe('assay new', () => {
  it('refuses bad arguments and existing directories', async () => {
    const lib = library();
    await expect(newCommand.run(['python', 'implement', 'py-x', '--library', lib])).rejects.toThrow(UsageError);
    await expect(newCommand.run(['go', 'essay', 'go-x1', '--library', lib])).rejects.toThrow(/type must be one of/);
    await expect(newCommand.run(['go', 'implement', '../escape', '--library', lib])).rejects.toThrow(/must be 3-64 characters/);
    await expect(newCommand.run(['go', 'implement', '--library', lib])).rejects.toThrow(UsageError);
    expect(await newCommand.run(['go', 'implement', 'go-sum-up', '--library', lib])).toBe(0);
    await expect(newCommand.run(['go', 'implement', 'go-sum-up', '--library', lib])).rejects.toThrow(/already exists/);
  });

  it.each([
    ['go', 'implement'], ['go', 'fix'], ['go', 'write-tests'], ['go', 'review'],
    ['ruby', 'implement'], ['ruby', 'write-tests'], ['ruby', 'review'],
  ])('a %s %s scaffold loads, and check names step 1 of 7 instead of grading placeholders', async (language, type) => {
    const lib = library();
    await newCommand.run([language, type, `${language}-new-one`, '--library', lib]);
    const dir = join(lib, language, 'new-one');
    expect(loadExercise(dir).meta.type).toBe(type);
    const p = await problems(lib);
    expect(p[0]).toMatch(/^unfinished \(assay new\): step 1 of 7, exercise\.json: /);
    expect(p[1]).toMatch(/^then: prompt\.md, starter\//);
    rmSync(lib, { recursive: true, force: true });
  });

  it('ruby implement: check walks the steps, then grades the finished exercise like any other', async () => {
    const lib = library();
    await newCommand.run(['ruby', 'implement', 'ruby-shout', '--library', lib]);
    const dir = join(lib, 'ruby', 'shout');
    const write = (rel: string, body: string) => {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), body);
    };
    const meta = JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8'));
    write('exercise.json', JSON.stringify({ ...meta, title: 'Shout a line', competencies: [firstRequirement()] }));
    expect((await problems(lib))[0]).toMatch(/step 2 of 7, prompt\.md/);
    write('prompt.md', '# Shout\n\nImplement `Shout.solve(text)`: upper-case text and add one "!".\n');
    expect((await problems(lib))[0]).toMatch(/step 3 of 7, starter\//);
    const code = (body: string) => `# frozen_string_literal: true\n\nmodule Shout\n  def self.solve(input)\n    ${body}\n  end\nend\n`;
    write('starter/shout.rb', code("''"));
    expect((await problems(lib))[0]).toMatch(/step 4 of 7, visible\//);
    write('visible/shout_test.rb', "# frozen_string_literal: true\n\nrequire 'minitest/autorun'\nrequire_relative 'shout'\n\nclass ShoutTest < Minitest::Test\n  def test_solve\n    assert_equal 'HI!', Shout.solve('hi')\n  end\nend\n");
    expect((await problems(lib))[0]).toMatch(/step 5 of 7, reference\//);
    write('reference/shout.rb', code("\"#{input.upcase}!\""));
    expect((await problems(lib))[0]).toMatch(/step 6 of 7, hidden\//);
    const cases = ['a', 'Hello world', '', 'ümlaut', 'x!'].map((s, i) => ({ name: `case_${i}`, call: 'solve', input: s, expected: `${s.toUpperCase()}!` }));
    write('hidden/cases.json', JSON.stringify(cases));
    write('hidden/harness.rb', "# frozen_string_literal: true\n\nASSAY_HANDLERS = { 'solve' => ->(input) { Shout.solve(input) } }.freeze\n");
    const p6 = await problems(lib);
    expect(p6).toHaveLength(1);
    expect(p6[0]).toMatch(/step 7 of 7, mutants\/: at least 3/);
    write('mutants/no-bang/shout.rb', code('input.upcase'));
    write('mutants/ascii-only/shout.rb', code("\"#{input.tr('a-z', 'A-Z')}!\""));
    write('mutants/double-bang/shout.rb', code("\"#{input.upcase}!!\""));
    expect((await problems(lib))[0]).toMatch(/step 7 of 7, mutants\//); // mutants/TODO.md is still there
    rmSync(join(dir, 'mutants', 'TODO.md'));
    // The scaffold is complete; like every exercise it then needs two independently written accepted solutions.
    expect(await problems(lib)).toEqual(['needs at least 2 accepted submissions (submissions/accepted/<name>/), has 0']);
    write('submissions/accepted/concat/shout.rb', code("input.upcase + '!'"));
    write('submissions/accepted/format/shout.rb', code("format('%s!', input.upcase)"));
    const done = await checkLibrary(lib);
    const row = done.exercises[0]!;
    expect(row.problems).toEqual([]);
    expect([row.reference, row.starter, row.mutantsCaught]).toEqual([100, 0, 3]);
    expect(existsSync(join(dir, 'calibration.json'))).toBe(false);
    rmSync(lib, { recursive: true, force: true });
  });
});
