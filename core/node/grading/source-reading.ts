// write-tests: a test suite that looks at the implementation instead of calling it. Reading files (the source,
// the test binary, the directory), asking the runtime where code lives, hashing, or timing the code under test
// are the ways to fingerprint an implementation and "catch" mutants without testing behaviour. The grader
// already defeats them (hidden correct implementations, no source at run time, identical paths); these flags
// tell the interviewer where a suite tried.
import type { Flag } from '../../common/results.ts';
import type { FileSet } from '../library/load.ts';

interface Probe {
  what: string;
  severity: Flag['severity'];
  re: RegExp;
  /** Lines this probe ignores (loading the code under test with __dir__ is the usual idiom, not a probe). */
  skip?: RegExp;
}

const GO: Probe[] = [
  { what: 'reads files or directories', severity: 'critical', re: /\b(os\.(ReadFile|Open|OpenFile|Stat|Lstat|ReadDir|DirFS|Getwd|Executable)|ioutil\.(ReadFile|ReadDir)|filepath\.(Walk|WalkDir|Glob|Abs)|fs\.(WalkDir|ReadFile|Glob))\b/ },
  { what: 'embeds files into the test binary', severity: 'critical', re: /\/\/go:embed\b|^\s*(import\s+)?(_\s+)?"embed"/ },
  { what: 'reads /proc (its own binary or memory)', severity: 'critical', re: /\/proc\// },
  { what: 'asks the runtime where code lives (file names, line numbers, function addresses)', severity: 'critical', re: /\bruntime\.(Caller|Callers|FuncForPC|CallersFrames)\b|\bdebug\.ReadBuildInfo\b|\.Pointer\(\)/ },
  { what: 'hashes data', severity: 'warning', re: /"(crypto\/(md5|sha1|sha256|sha512)|hash\/(crc32|crc64|fnv|adler32|maphash))"/ },
  { what: 'uses unsafe', severity: 'critical', re: /"unsafe"/ },
  { what: 'measures time (a timing fingerprint?)', severity: 'warning', re: /\btime\.(Since|Until)\b|\btesting\.Benchmark\b/ },
];

const RUBY: Probe[] = [
  { what: 'reads files or directories', severity: 'critical', re: /\b(File|IO)\.(read|binread|readlines|open|new|foreach|size|stat|lstat|mtime|ctime|exist\?|file\?)\b|\bDir(\[|\.(glob|pwd|entries|children|each_child|getwd))|\bPathname\b|\bFileUtils\b|\bFile::Stat\b/ },
  { what: 'asks where code lives (__FILE__, source_location, loaded features)', severity: 'critical', re: /__FILE__|__dir__|\bsource_location\b|\$LOADED_FEATURES|\$"|\bcaller(_locations)?\b/, skip: /^\s*(require(_relative)?|load|\$LOAD_PATH\.(unshift|push|<<)|\$:\.(unshift|push|<<))\b[^;]*$/ },
  { what: 'inspects compiled code or the object space', severity: 'critical', re: /\bRubyVM\b|\bObjectSpace\b|\bInstructionSequence\b/ },
  { what: 'hashes data', severity: 'warning', re: /\bDigest\b|\bZlib\.crc32\b|\bOpenSSL\b/ },
  { what: 'measures time (a timing fingerprint?)', severity: 'warning', re: /\bProcess\.clock_gettime\b|\bBenchmark\b|\bTime\.now\b/ },
];

/** One flag per probe and file (at its first line), for the editable test files of a write-tests exercise. */
export function sourceReadingFlags(files: FileSet, lang: 'go' | 'ruby'): Flag[] {
  const flags: Flag[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = text.split('\n');
    for (const p of lang === 'go' ? GO : RUBY) {
      const i = lines.findIndex((l) => !p.skip?.test(l) && p.re.test(lang === 'go' ? l.replace(/^\s*\/\/(?!go:).*$/, '') : l.replace(/^\s*#.*$/, '')));
      if (i >= 0) {
        flags.push({ code: 'tests-read-implementation', severity: p.severity, file, line: i + 1, message: `the test suite ${p.what}: it may be fingerprinting the code under test instead of testing its behaviour` });
      }
    }
  }
  return flags;
}
