// A replayable build plan for `go test -c`: the exact compile and link commands the go command ran for an
// exercise's module (parsed from a trusted `go test -c -x -work` of the reference), so that a Run can invoke the
// compiler and linker directly and skip the go command's own start-up (loading and hashing every std dependency,
// ~40% of a warm compile). Pure: parsing and the applicability rules; capture.ts makes plans, replay.ts runs them.
import { createHash } from 'node:crypto';
import type { FileSet } from '../../library/load.ts';

export interface PlanCommand {
  /** Working directory: '.' is the module dir; paths may contain $WORK. */
  cwd: string;
  /** 'compile' or 'link' (the plan refuses any other tool). */
  tool: 'compile' | 'link';
  args: string[];
}

export interface GoBuildPlan {
  /** Files written before the commands run ($WORK paths -> content): importcfgs and _testmain.go. */
  files: Record<string, string>;
  commands: PlanCommand[];
  /** The link output ($WORK path): the test binary. */
  binary: string;
  /** Every file path of the module the plan was made from. */
  paths: string[];
  /** sha256 of every file a submission may not change for the plan to apply (all but editable non-test .go). */
  fixed: Record<string, string>;
  /** The exercise's editable paths. */
  editable: string[];
  /** `go` binary and version the plan was made with. */
  toolchain: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** One `go -x` command line into arguments: words, or Go-quoted strings (strconv.Quote; JSON-compatible here). */
export function splitCommand(line: string): string[] | null {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') {
      i++;
      continue;
    }
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      const quoted = line.slice(i, j + 1);
      // Go's \xNN escapes have no JSON form; arguments carrying them are not plannable.
      if (j >= line.length || /\\[^"\\nrt]/.test(quoted)) return null;
      args.push(JSON.parse(quoted) as string);
      i = j + 1;
    } else {
      const j = line.indexOf(' ', i);
      args.push(line.slice(i, j < 0 ? line.length : j));
      i = j < 0 ? line.length : j;
    }
  }
  return args;
}

/**
 * Parses `go test -c -x` stderr into a plan. `moduleDir` is where that go command ran; `testmain` the
 * _testmain.go it generated. Null when the script holds anything unexpected (cgo, assembly, other tools...).
 */
export function parsePlan(script: string, toolDir: string, moduleDir: string, testmain: string): Pick<GoBuildPlan, 'files' | 'commands' | 'binary'> | null {
  const files: Record<string, string> = {};
  const commands: PlanCommand[] = [];
  const lines = script.split('\n');
  let cwd = '.';
  const rel = (p: string) => (p === moduleDir ? '.' : p.startsWith(`${moduleDir}/`) ? `.${p.slice(moduleDir.length)}` : p);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^cat >(\$WORK\/\S+) << 'EOF' # internal$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf('EOF', i + 1);
      if (end < 0) return null;
      files[heredoc[1]!] = lines.slice(i + 1, end).join('\n') + (end > i + 1 ? '\n' : '');
      i = end;
    } else if (line.startsWith('cd ')) {
      cwd = rel(line.slice(3));
    } else if (line.startsWith(`${toolDir}/compile `) || line.startsWith(`${toolDir}/link `)) {
      const args = splitCommand(line);
      // Response files cannot carry empty arguments or carriage returns.
      if (!args || args.some((a) => a === '' || a.includes('\r'))) return null;
      commands.push({ cwd, tool: args[0]!.endsWith('/link') ? 'link' : 'compile', args: args.slice(1).map(rel) });
    } else if (!/^(WORK=|mkdir -p |cp |mv |rm -r |\S+\/buildid -w .* # internal$|$)/.test(line)) {
      return null;
    }
  }
  const link = commands.filter((c) => c.tool === 'link');
  const main = commands.find((c) => c.args.some((a) => a.endsWith('/_testmain.go')));
  const out = link.length === 1 ? link[0]!.args[link[0]!.args.indexOf('-o') + 1] : undefined;
  if (!main || !out || commands[commands.length - 1]!.tool !== 'link') return null;
  // Every output goes to $WORK (a plan must never write elsewhere, nor read another run's objects).
  if (commands.some((c) => !c.args[c.args.indexOf('-o') + 1]?.startsWith('$WORK/'))) return null;
  // Files naming the module dir (an embedcfg) would need rewriting: not plannable.
  if (Object.values(files).some((text) => text.includes(moduleDir))) return null;
  files[main.args.find((a) => a.endsWith('/_testmain.go'))!] = testmain;
  return { files, commands, binary: out };
}

/** Editable non-test Go files are the ones a submission changes freely; all else must match the plan's source. */
function isFree(path: string, editable: string[]): boolean {
  return editable.includes(path) && path.endsWith('.go') && !path.endsWith('_test.go');
}

export function planSource(files: FileSet, editable: string[]): Pick<GoBuildPlan, 'paths' | 'fixed' | 'editable'> {
  const fixed: Record<string, string> = {};
  for (const [p, text] of Object.entries(files)) if (!isFree(p, editable)) fixed[p] = sha(text);
  return { paths: Object.keys(files).sort(), fixed, editable: [...editable] };
}

/**
 * Whether replaying the plan builds exactly what `go test -c` would for these files: same file set, fixed files
 * unchanged, and no editable file that go might treat differently from a plain compile of it (build
 * constraints, cgo, embed directives). When in doubt: no (the caller then runs the go command).
 */
export function planApplies(plan: GoBuildPlan, files: FileSet): boolean {
  const editable = plan.editable;
  const paths = Object.keys(files).sort();
  if (paths.length !== plan.paths.length || paths.some((p, i) => p !== plan.paths[i])) return false;
  for (const [p, text] of Object.entries(files)) {
    if (isFree(p, editable)) {
      if (/^\s*\/\/\s*(go:build|\+build)|go:embed|"C"|^\uFEFF/m.test(text)) return false;
    } else if (plan.fixed[p] !== sha(text)) return false;
  }
  return true;
}
