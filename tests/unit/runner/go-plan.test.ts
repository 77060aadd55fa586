import { describe, expect, it } from 'vitest';
import { parsePlan, planApplies, planSource, splitCommand, type GoBuildPlan } from '../../../core/node/runner/go/plan.ts';

const TOOLS = '/usr/lib/go-1.19/pkg/tool/linux_amd64';
const MOD = '/tmp/assay-run-x/warm';

// The shape of Go 1.19's `go test -c -x -work` stderr for a one-package module (packagefile lines shortened).
const SCRIPT = `WORK=/tmp/assay-run-x/.gotmp/go-build1
mkdir -p $WORK/b001/
mkdir -p $WORK/b085/
cat >$WORK/b085/importcfg << 'EOF' # internal
# import config
packagefile fmt=/cache/aa/aa11-d
EOF
cd ${MOD}
${TOOLS}/compile -o $WORK/b085/_pkg_.a -trimpath "$WORK/b085=>" -p assay.local/x -lang=go1.19 -complete -buildid a/a -goversion go1.19.8 -c=2 -nolocalimports -importcfg $WORK/b085/importcfg -pack ./x.go ./x_test.go
${TOOLS}/buildid -w $WORK/b085/_pkg_.a # internal
cp $WORK/b085/_pkg_.a /cache/bb/bb22-d # internal
cat >$WORK/b001/importcfg << 'EOF' # internal
# import config
packagefile assay.local/x=$WORK/b085/_pkg_.a
EOF
${TOOLS}/compile -o $WORK/b001/_pkg_.a -trimpath "$WORK/b001=>" -p main -lang=go1.19 -complete -buildid b/b -goversion go1.19.8 -c=2 -nolocalimports -importcfg $WORK/b001/importcfg -pack $WORK/b001/_testmain.go
${TOOLS}/buildid -w $WORK/b001/_pkg_.a # internal
cat >$WORK/b001/importcfg.link << 'EOF' # internal
packagefile assay.local/x.test=$WORK/b001/_pkg_.a
modinfo "0w\\xaf\\f\\x92t"
EOF
cd .
${TOOLS}/link -o $WORK/b001/x.test -importcfg $WORK/b001/importcfg.link -buildmode=exe -buildid=c/c -s -w -extld=gcc $WORK/b001/_pkg_.a
${TOOLS}/buildid -w $WORK/b001/x.test # internal
mkdir -p ${MOD}/.assay/
mv $WORK/b001/x.test ${MOD}/.assay/t.test
`;

describe('splitCommand', () => {
  it('splits words and unquotes Go-quoted arguments', () => {
    expect(splitCommand('a -trimpath "$WORK/b1=>" "two words" "q\\"uote"')).toEqual(['a', '-trimpath', '$WORK/b1=>', 'two words', 'q"uote']);
  });

  it('refuses escapes JSON cannot decode and unterminated quotes', () => {
    expect(splitCommand('a "\\xff"')).toBeNull();
    expect(splitCommand('a "open')).toBeNull();
  });
});

describe('parsePlan', () => {
  it('keeps the compile and link commands, the importcfgs and the testmain, with module paths made relative', () => {
    const plan = parsePlan(SCRIPT, TOOLS, MOD, 'package main\n')!;
    expect(plan.commands.map((c) => [c.tool, c.cwd])).toEqual([
      ['compile', '.'],
      ['compile', '.'],
      ['link', '.'],
    ]);
    expect(plan.commands[0]!.args).toContain('$WORK/b085=>');
    expect(plan.commands[0]!.args.slice(-2)).toEqual(['./x.go', './x_test.go']);
    expect(plan.binary).toBe('$WORK/b001/x.test');
    expect(plan.files['$WORK/b085/importcfg']).toBe('# import config\npackagefile fmt=/cache/aa/aa11-d\n');
    expect(plan.files['$WORK/b001/importcfg.link']).toContain('modinfo "0w\\xaf\\f\\x92t"\n');
    expect(plan.files['$WORK/b001/_testmain.go']).toBe('package main\n');
  });

  it('refuses scripts with other tools or unknown steps (cgo, assembly, generated files)', () => {
    expect(parsePlan(SCRIPT.replace('cd .\n', `cd .\n${TOOLS}/asm -o $WORK/b085/a.o ./a.s\n`), TOOLS, MOD, '')).toBeNull();
    expect(parsePlan(SCRIPT.replace('cd .\n', 'cd .\necho hi > $WORK/b001/x\n'), TOOLS, MOD, '')).toBeNull();
  });

  it('refuses outputs outside $WORK and files that name the module dir (an embedcfg)', () => {
    expect(parsePlan(SCRIPT.replace('-o $WORK/b085/_pkg_.a', '-o ./obj.a'), TOOLS, MOD, '')).toBeNull();
    expect(parsePlan(SCRIPT.replace('# import config\npackagefile fmt', `# import config\n{"Files":"${MOD}/data.txt"}\npackagefile fmt`), TOOLS, MOD, '')).toBeNull();
  });

  it('refuses a script without a testmain compile or a final link', () => {
    expect(parsePlan(SCRIPT.replace(/^.*\/link .*$/m, ''), TOOLS, MOD, '')).toBeNull();
    expect(parsePlan(SCRIPT.replace('$WORK/b001/_testmain.go', '$WORK/b001/main.go'), TOOLS, MOD, '')).toBeNull();
  });
});

describe('planApplies', () => {
  const source = { 'go.mod': 'module assay.local/x\n', 'x.go': 'package x\n', 'x_test.go': 'package x\n\nimport "testing"\n' };
  const plan: GoBuildPlan = { ...parsePlan(SCRIPT, TOOLS, MOD, '')!, ...planSource(source, ['x.go']), toolchain: 'go' };

  it('applies to any content of the editable non-test files', () => {
    expect(planApplies(plan, { ...source, 'x.go': 'package x\n\nfunc F() int { return 1 }\n' })).toBe(true);
  });

  it('does not apply when a fixed file changed or the file set differs', () => {
    expect(planApplies(plan, { ...source, 'x_test.go': 'package x\n// changed\n' })).toBe(false);
    expect(planApplies(plan, { ...source, 'go.mod': 'module other\n' })).toBe(false);
    expect(planApplies(plan, { ...source, 'y.go': 'package x\n' })).toBe(false);
    const { 'x.go': _, ...without } = source;
    expect(planApplies(plan, without)).toBe(false);
  });

  it('does not apply to editable files go would treat differently: build constraints, cgo, embed', () => {
    for (const text of ['//go:build ignore\n\npackage x\n', '// +build linux\n\npackage x\n', 'package x\n\nimport "C"\n', 'package x\n\nimport _ "embed"\n\n//go:embed f\nvar s string\n']) {
      expect(planApplies(plan, { ...source, 'x.go': text })).toBe(false);
    }
  });
});
