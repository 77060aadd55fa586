// Static scan of the submitted files: constructs that exist to escape or fool the test harness, flagged for
// the interviewer with file and line. The scan never changes a verdict; the sandbox and the outside-decided
// hidden cases do the enforcing, the flags say where to look.
import type { Flag } from '../../common/results.ts';
import type { FileSet } from '../library/load.ts';

interface Rule {
  code: string;
  severity: Flag['severity'];
  message: string;
  /** Tested against each line (comments stripped unless `raw`). */
  line: RegExp;
  raw?: boolean;
}

const goImport = (path: string) => new RegExp(`^\\s*(import\\s+)?([\\w.]+\\s+)?"${path}"`);

const GO_RULES: Rule[] = [
  { code: 'go-init', severity: 'warning', message: 'func init runs before the tests and the hidden-case driver', line: /^\s*func\s+init\s*\(\s*\)/ },
  { code: 'go-os-exit', severity: 'critical', message: 'os.Exit ends the test process from solution code', line: /\bos\.Exit\s*\(/ },
  { code: 'go-unsafe', severity: 'critical', message: 'imports unsafe', line: goImport('unsafe') },
  { code: 'go-syscall', severity: 'critical', message: 'imports syscall (raw file descriptors, process control)', line: goImport('(syscall|golang\\.org/x/sys/[\\w/]+)') },
  { code: 'go-cgo', severity: 'critical', message: 'uses cgo', line: /^\s*(import\s+)?"C"\s*$|^\s*\/\/\s*#cgo\b/, raw: true },
  { code: 'go-linkname', severity: 'critical', message: '//go:linkname reaches into other packages\' internals', line: /^\s*\/\/go:linkname\b/, raw: true },
  { code: 'go-generate', severity: 'warning', message: '//go:generate directive', line: /^\s*\/\/go:generate\b/, raw: true },
  { code: 'go-testing', severity: 'warning', message: 'solution code imports testing', line: goImport('testing') },
  { code: 'go-exec', severity: 'warning', message: 'imports os/exec (starts processes)', line: goImport('os/exec') },
  { code: 'go-std-streams', severity: 'critical', message: 'reassigns os.Stdout/os.Stderr/os.Stdin', line: /\bos\.Std(out|err|in)\s*=[^=]/ },
  { code: 'go-framing-byte', severity: 'critical', message: 'contains the 0x16 byte that frames test2json output', line: /\x16/, raw: true },
  { code: 'forged-output', severity: 'critical', message: 'prints text shaped like test-runner output', line: /--- (PASS|FAIL|SKIP):|=== (RUN|CONT|PAUSE)\b|@@assay/, raw: true },
];

const CORE = 'String|Integer|Float|Numeric|Array|Hash|Object|BasicObject|Kernel|Module|Class|NilClass|Symbol|Comparable|Enumerable|IO|File|Process|Time|JSON|Timeout|Regexp|Method|Proc|Exception';

const RUBY_RULES: Rule[] = [
  { code: 'rb-minitest', severity: 'critical', message: 'solution code refers to Minitest (patching the test framework)', line: /\bMinitest\b|\bMiniTest\b/ },
  { code: 'rb-exit-bang', severity: 'critical', message: 'exit! ends the process without running the reporter', line: /\bexit!/ },
  { code: 'rb-at-exit', severity: 'critical', message: 'at_exit hook', line: /\bat_exit\b/ },
  { code: 'rb-objectspace', severity: 'critical', message: 'ObjectSpace (reaching other objects in the process)', line: /\bObjectSpace\b/ },
  { code: 'rb-tracepoint', severity: 'critical', message: 'TracePoint / set_trace_func', line: /\bTracePoint\b|\bset_trace_func\b/ },
  { code: 'rb-exit', severity: 'critical', message: 'Kernel#exit / abort ends the test process', line: /(^|[^\w.:@$])(exit|abort)(?![\w!?])|\b(Kernel|Process)\.(exit|abort)\b/ },
  { code: 'rb-std-streams', severity: 'critical', message: 'reassigns or reopens $stdout/$stderr', line: /\$std(out|err)\s*=[^=]|\b(STDOUT|STDERR|\$stdout|\$stderr)\.(reopen|close)\b/ },
  { code: 'rb-core-patch', severity: 'critical', message: 'redefines methods of a core class', line: new RegExp(`\\b(${CORE})\\b.*\\b(define_method|class_eval|module_eval|alias_method|remove_method|undef_method|prepend)\\b`) },
  { code: 'rb-core-reopen', severity: 'warning', message: 'reopens a core class', line: new RegExp(`^\\s*(class|module)\\s+(::)?(${CORE})\\b`) },
  { code: 'rb-process', severity: 'warning', message: 'starts processes', line: /(^|[^\w.])(fork|spawn|system|exec)\s*[(\s'"]|%x[({[]/ },
  { code: 'rb-eval', severity: 'warning', message: 'evaluates strings as code', line: /(^|[^\w.])(eval|instance_eval|binding)\b/ },
  { code: 'forged-output', severity: 'critical', message: 'prints text shaped like test-runner output', line: /@@assay|\d+ runs, \d+ assertions|# Running:/, raw: true },
];

/** Rules about the test framework itself do not apply to test files (write-tests exercises submit those). */
const FRAMEWORK_RULES = new Set(['rb-minitest', 'go-testing', 'go-reflect-testing']);
const isTestFile = (file: string) => /_test\.(go|rb)$/.test(file) || file.startsWith('test/');

const MAX_SOURCE_BYTES = 256 * 1024;
const MAX_LINE = 4000;
const PER_RULE_PER_FILE = 5;

/** Go keeps string literals (import paths are strings); Ruby drops them so `'exit'` in text is not a call. */
function codeOf(line: string, lang: 'go' | 'ruby'): string {
  if (lang === 'go') return line.replace(/\/\/.*$/, '');
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "''").replace(/(^|\s)#(?!\{).*$/, '');
}

function isBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const controls = text.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g)?.length ?? 0;
  return text.length > 0 && controls / text.length > 0.01;
}

/**
 * Rules an exercise may allow in exercise.json `allowedFlags` because its prompt requires the construct. Rules
 * about escaping or fooling the harness (forged output, stream reassignment, exit, linkname, test-framework
 * patching, binary content) are never allowable.
 */
export const ALLOWABLE = new Set(['go-syscall', 'go-exec', 'go-unsafe', 'go-init', 'go-generate', 'rb-process', 'rb-eval', 'rb-core-reopen']);

/** The scan with the exercise's allowed rules (only ALLOWABLE ones) left out. */
export function scanSubmission(files: FileSet, lang: 'go' | 'ruby', allowed: readonly { code: string }[] = []): Flag[] {
  const skip = new Set(allowed.map((a) => a.code).filter((c) => ALLOWABLE.has(c)));
  return scanFiles(files, lang).filter((f) => !skip.has(f.code));
}

export function scanFiles(files: FileSet, lang: 'go' | 'ruby'): Flag[] {
  const flags: Flag[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const testFile = isTestFile(file);
    const rules = (lang === 'go' ? GO_RULES : RUBY_RULES).filter((r) => !(testFile && FRAMEWORK_RULES.has(r.code)));
    if (isBinary(text)) flags.push({ code: 'binary-content', severity: 'critical', message: 'file contains binary data', file });
    if (text.length > MAX_SOURCE_BYTES) flags.push({ code: 'huge-source', severity: 'warning', message: `file is ${Math.round(text.length / 1024)} KiB`, file });
    const counts = new Map<string, number>();
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      if (raw.length > MAX_LINE) flags.push({ code: 'long-line', severity: 'warning', message: `line of ${raw.length} characters`, file, line: i + 1 });
      const code = codeOf(raw, lang);
      for (const r of rules) {
        if (!r.line.test(r.raw ? raw : code)) continue;
        const n = (counts.get(r.code) ?? 0) + 1;
        counts.set(r.code, n);
        if (n <= PER_RULE_PER_FILE) flags.push({ code: r.code, severity: r.severity, message: r.message, file, line: i + 1 });
      }
    });
    if (lang === 'go' && !testFile) {
      const reflectAt = lines.findIndex((l) => goImport('reflect').test(l));
      if (reflectAt >= 0 && lines.some((l) => goImport('testing').test(l))) {
        flags.push({ code: 'go-reflect-testing', severity: 'critical', message: 'uses reflect together with testing (reaching into the test framework)', file, line: reflectAt + 1 });
      }
    }
  }
  return flags;
}
