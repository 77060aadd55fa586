// Finds the Go and Ruby toolchains on the host once per process, and caches what it found on disk keyed by the
// binaries' identity (probe-cache.ts), so a short-lived CLI does not start `go env` and a gem-listing Ruby on
// every call. Runs use the absolute paths found here; the environment panel shows the versions, or a clear
// message with the install command when one is missing.
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';
import { cachedProbe } from './probe-cache.ts';
import { which } from './sandbox/which.ts';

export type ToolchainLanguage = 'go' | 'ruby';

export interface ToolchainStatus {
  language: ToolchainLanguage;
  version: string | null;
  problem: string | null;
}

export interface GoToolchain {
  bin: string;
  /** e.g. "go1.19.8" */
  version: string;
  /** [major, minor] */
  release: [number, number];
  goroot: string;
  /** Holds test2json, run outside the sandbox on captured output. */
  toolDir: string;
}

export interface RubyToolchain {
  bin: string;
  /** e.g. "ruby 3.1.2p20" */
  version: string;
  /**
   * The require paths of the newest version of every installed gem (minitest, and bundled gems such as prime
   * or matrix). Runs use --disable-gems, which starts about 3x faster, and append these to $LOAD_PATH instead.
   */
  gemLibs: string[];
  /** Directories the interpreter and its gems live in, for read-only sandbox mounts outside the system dirs. */
  roots: string[];
}

const INSTALL_HINT: Record<ToolchainLanguage, string> = {
  go: 'Go is not installed: apt-get install golang-go (macOS: brew install go)',
  ruby: 'Ruby is not installed: apt-get install ruby ruby-minitest (macOS: brew install ruby)',
};

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 20_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/' } }, (err, stdout, stderr) =>
      err ? reject(new Error(`${file} ${args.join(' ')}: ${(stderr || err.message).trim()}`)) : resolve(stdout),
    );
  });
}

async function probeGo(): Promise<GoToolchain> {
  const found = which('go');
  if (!found) throw new Error(INSTALL_HINT.go);
  const bin = realpathSync(found);
  return cachedProbe('go', [bin, process.env.HOME ?? ''], async () => ({ value: await probeGoAt(bin), witnesses: [bin] }));
}

async function probeGoAt(bin: string): Promise<GoToolchain> {
  const out = await run(bin, ['env', 'GOVERSION', 'GOROOT', 'GOTOOLDIR']);
  const [version = '', goroot = '', toolDir = ''] = out.trim().split('\n');
  const m = /^go(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`could not read the Go version from ${bin} (got ${JSON.stringify(version)})`);
  const release: [number, number] = [Number(m[1]), Number(m[2])];
  if (release[0] === 1 && release[1] < 19) throw new Error(`Go ${version} is too old: Assay needs Go 1.19 or newer`);
  return { bin, version, release, goroot, toolDir };
}

async function probeRuby(): Promise<RubyToolchain> {
  const found = which('ruby');
  if (!found) throw new Error(INSTALL_HINT.ruby);
  const bin = realpathSync(found);
  // Installing or removing a gem changes a specifications dir: those dirs are witnesses next to the binary.
  return cachedProbe('ruby', [bin, process.env.HOME ?? ''], async () => {
    const { tc, specDirs } = await probeRubyAt(bin);
    return { value: tc, witnesses: [bin, ...specDirs] };
  });
}

async function probeRubyAt(bin: string): Promise<{ tc: RubyToolchain; specDirs: string[] }> {
  const script =
    'require "minitest"; puts RUBY_VERSION + " " + RUBY_PATCHLEVEL.to_s; puts RbConfig::CONFIG["prefix"]; ' +
    'puts Gem::Specification.dirs.join(File::PATH_SEPARATOR); ' +
    'puts Gem::Specification.latest_specs(true).flat_map(&:full_require_paths).select { |p| File.directory?(p) }.uniq';
  let out: string;
  try {
    out = await run(bin, ['-e', script]);
  } catch (e) {
    if (/minitest/i.test((e as Error).message)) throw new Error('Ruby is installed but minitest is missing: apt-get install ruby-minitest (or gem install minitest)');
    throw e;
  }
  const [rv = '', prefix = '', specs = '', ...gemLibs] = out.trim().split('\n');
  const [ver = '', patch = ''] = rv.split(' ');
  const [major = 0, minor = 0] = ver.split('.').map(Number);
  if (major < 3 || (major === 3 && minor < 1)) throw new Error(`Ruby ${ver} is too old: Assay needs Ruby 3.1 or newer`);
  const tc = { bin, version: `ruby ${ver}p${patch}`, gemLibs, roots: [prefix, dirname(bin), ...gemLibs] };
  return { tc, specDirs: specs.split(delimiter).filter(Boolean) };
}

let go: Promise<GoToolchain> | null = null;
let ruby: Promise<RubyToolchain> | null = null;

/** The Go toolchain, probed once; rejects with the user-facing problem message. */
export function goToolchain(): Promise<GoToolchain> {
  go ??= probeGo();
  return go;
}

/** The Ruby toolchain (with minitest), probed once; rejects with the user-facing problem message. */
export function rubyToolchain(): Promise<RubyToolchain> {
  ruby ??= probeRuby();
  return ruby;
}

export async function detectToolchains(): Promise<ToolchainStatus[]> {
  const status = async (language: ToolchainLanguage, p: Promise<{ version: string }>): Promise<ToolchainStatus> => {
    try {
      return { language, version: (await p).version, problem: null };
    } catch (e) {
      return { language, version: null, problem: (e as Error).message };
    }
  };
  return Promise.all([status('go', goToolchain()), status('ruby', rubyToolchain())]);
}
