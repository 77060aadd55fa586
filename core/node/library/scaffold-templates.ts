// The files `assay new <language> <type> <id>` writes. Every place the author must fill in carries the marker
// TODO(assay new); scaffold-steps.ts turns the markers that remain into `assay check`'s step-by-step guidance.
import type { ExerciseType, Language } from '../../common/exercise.ts';

export const MARKER = 'TODO(assay new)';

export interface Names { id: string; slug: string; pkg: string; klass: string; file: string }

export function names(language: Language, id: string): Names {
  const slug = id.startsWith(`${language}-`) ? id.slice(language.length + 1) : id;
  const words = slug.split('-').filter(Boolean);
  return {
    id,
    slug,
    pkg: words.join('').replace(/^[0-9]+/, '') || 'exercise',
    klass: words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('').replace(/^[0-9]+/, '') || 'Exercise',
    file: words.join('_'),
  };
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export function templates(language: Language, type: ExerciseType, n: Names): Record<string, string> {
  const go = language === 'go';
  const src = go ? `${n.file}.go` : `${n.file}.rb`;
  const test = go ? `${n.file}_test.go` : `${n.file}_test.rb`;
  const editable = type === 'review' ? ['review.json'] : type === 'write-tests' ? [test] : [src];
  const files: Record<string, string> = {
    'exercise.json': json({
      $schema: '../../schema/exercise.schema.json',
      schema: 'assay.exercise/1',
      id: n.id,
      title: `${MARKER}: a title the candidate sees`,
      language,
      type,
      difficulty: 'medium',
      minutes: 30,
      competencies: [`${MARKER}: requirement ids from requirements.json`],
      editable,
      limits: { timeoutMs: 10000, memoryMb: 512, outputBytes: 1048576, processes: 64 },
      scoring: { correctness: 100, performance: 0 },
    }),
    'prompt.md': `# ${MARKER}: title\n\n${MARKER}: what the candidate must build, with an example input and output.\n`,
  };
  if (type === 'review') {
    files['starter/changes.diff'] = `${MARKER}: the merge request under review, as a unified diff (git diff output).\n`;
    files['starter/review.json'] = '[]\n';
    files['reference/review.json'] = json([{ line: 1, body: `${MARKER}: a comment that finds a seeded defect` }]);
    files['hidden/defects.json'] = json([{ id: 'todo', lines: [1, 1], category: 'bug', weight: 1, description: `${MARKER}: a seeded defect` }]);
    return files;
  }
  if (go) files['starter/go.mod'] = `module assay.local/${n.pkg}\n\ngo 1.19\n`;
  const code = go
    ? `package ${n.pkg}\n\n// ${MARKER}: the code the candidate starts from.\nfunc Solve(input string) string {\n\treturn ""\n}\n`
    : `# frozen_string_literal: true\n\n# ${MARKER}: the code the candidate starts from.\nmodule ${n.klass}\n  def self.solve(input)\n    ''\n  end\nend\n`;
  const tests = go
    ? `package ${n.pkg}\n\nimport "testing"\n\n// ${MARKER}: tests in the language's test framework.\nfunc TestSolve(t *testing.T) {\n\tif got := Solve("a"); got != "a" {\n\t\tt.Errorf("Solve(%q) = %q, want %q", "a", got, "a")\n\t}\n}\n`
    : `# frozen_string_literal: true\n\nrequire 'minitest/autorun'\nrequire_relative '${n.file}'\n\n# ${MARKER}: tests in minitest.\nclass ${n.klass}Test < Minitest::Test\n  def test_solve\n    assert_equal 'a', ${n.klass}.solve('a')\n  end\nend\n`;
  if (type === 'write-tests') {
    files[`starter/${src}`] = code;
    files[`starter/${test}`] = go ? `package ${n.pkg}\n\n// ${MARKER}: the candidate writes tests here.\n` : `# frozen_string_literal: true\n\n# ${MARKER}: the candidate writes tests here.\n`;
    files[`reference/${test}`] = tests;
    return files;
  }
  files[`starter/${src}`] = code;
  files[`visible/${test}`] = tests;
  files[`reference/${src}`] = code.replace('the code the candidate starts from', 'the reference solution');
  files['hidden/cases.json'] = json([{ name: 'todo', call: 'solve', input: MARKER, expected: MARKER }]);
  files[`hidden/harness.${go ? 'go' : 'rb'}`] = go
    ? `package main\n\nimport (\n\t"encoding/json"\n\n\tex "assay.local/${n.pkg}"\n)\n\n// ${MARKER}: one adapter per case "call", from the case's input to the candidate's API.\nvar handlers = map[string]func(json.RawMessage) (any, error){\n\t"solve": func(in json.RawMessage) (any, error) {\n\t\tvar s string\n\t\tif err := json.Unmarshal(in, &s); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\treturn ex.Solve(s), nil\n\t},\n}\n`
    : `# frozen_string_literal: true\n\n# ${MARKER}: one adapter per case "call", from the case's input to the candidate's API.\nASSAY_HANDLERS = {\n  'solve' => ->(input) { ${n.klass}.solve(input) }\n}.freeze\n`;
  return files;
}
