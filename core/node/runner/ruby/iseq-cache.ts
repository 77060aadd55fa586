// Precompiled Ruby libraries for sandboxed runs. Every Assay Ruby process (test runner, hidden-case driver) loads
// json and minitest before any candidate code, and Ruby compiles those ~15 library files from source each time:
// about 12 of the ~29 ms it takes to start (measured on this project's CI machine, bench/cli.ts). Ruby lets a
// program supply compiled instruction sequences instead (RubyVM::InstructionSequence.load_iseq, what bootsnap
// uses), so Assay compiles those library files once per toolchain, outside any sandbox and never from a
// candidate's files, into a directory in its cache, and the sandbox gets that directory read-only.
// The hook (RUBY_ISEQ_HOOK, at the top of the Assay scripts) serves a compiled file only for the exact path it was
// made from, and only while that file has the size and mtime it had then; anything else (candidate files, tests,
// other libraries, a changed or unreadable file, a Ruby that refuses the binary) compiles from source as usual.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assayCacheRoot, fileIdentity } from '../../probe-cache.ts';
import type { RubyToolchain } from '../../toolchains.ts';

/** What the Assay scripts load, plus standard libraries test suites commonly require. */
const LIBRARIES = ['json', 'timeout', 'minitest', 'minitest/autorun', 'set', 'time', 'securerandom', 'forwardable', 'pp'];

/** Run by the host's Ruby (`ruby --disable-gems -e GENERATOR OUTDIR LIB...`): requires the libraries with the same
 * load path the sandboxed scripts use, compiles every .rb file that brought in, and writes `index` (path, size,
 * mtime in ns, compiled file; tab-separated; the host then adds each compiled file's identity). exit! skips
 * minitest/autorun's at_exit. */
const GENERATOR = String.raw`
out, *libs = ARGV
$LOAD_PATH.concat(libs)
before = $LOADED_FEATURES.dup
${JSON.stringify(LIBRARIES)}.each { |lib| require lib }
index = ($LOADED_FEATURES - before).grep(%r{\A/.*\.rb\z}).each_with_index.map do |path, i|
  st = File.stat(path)
  File.binwrite(File.join(out, "#{i}.bin"), RubyVM::InstructionSequence.compile_file(path).to_binary)
  [path, st.size, (st.mtime.to_r * 1_000_000_000).to_i, "#{i}.bin"].join("\t")
end
File.write(File.join(out, 'index'), index.join("\n") + "\n")
exit!(0)
`;

/** Ruby, placed before the first require of an Assay script: installs load_iseq over ASSAY_ISEQ's index. */
export const RUBY_ISEQ_HOOK = String.raw`if (iseq_dir = ENV['ASSAY_ISEQ']) && File.file?(File.join(iseq_dir, 'index'))
  iseqs = {}
  File.foreach(File.join(iseq_dir, 'index'), chomp: true) do |line|
    path, size, mtime, file = line.split("\t")
    iseqs[path] = [size.to_i, mtime.to_i, File.join(iseq_dir, file)] if file
  end
  RubyVM::InstructionSequence.define_singleton_method(:load_iseq) do |path|
    size, mtime, file = iseqs[path]
    next nil unless file
    st = File.stat(path)
    next nil unless st.size == size && (st.mtime.to_r * 1_000_000_000).to_i == mtime
    RubyVM::InstructionSequence.load_from_binary(File.binread(file))
  rescue StandardError
    nil
  end
end`;

const made = new Map<string, string | null>();

/** Whether the directory is still what was made and still current: every compiled file has the identity
 *  (probe-cache.ts fileIdentity: size, mtime, inode) recorded when it was made (index column 5; a stat, where hashing
 *  them cost ~1 ms a call), and every library file the size
 *  and mtime it had when compiled (else, after a library update, the hook would rightly serve nothing and every run
 *  would compile from source again). Ruby's load_from_binary is no parser of untrusted input: on a damaged file it
 *  can hang (seen: garbage bytes ran into the run's timeout). */
function intact(dir: string): boolean {
  try {
    const lines = readFileSync(join(dir, 'index'), 'utf8').trim().split('\n');
    return lines.length > 0 && lines.every((l) => {
      const [path, size, mtime, file, made] = l.split('\t');
      if (path === undefined || file === undefined || !/^[0-9]+\.bin$/.test(file)) return false;
      const st = statSync(path, { bigint: true });
      return String(st.size) === size && String(st.mtimeNs) === mtime && made === fileIdentity(join(dir, file));
    });
  } catch {
    return false;
  }
}

/** Runs GENERATOR into a fresh directory and adds each compiled file's identity to the index. */
function generate(tc: RubyToolchain, root: string, key: string): string | null {
  const tmp = mkdtempSync(join(root, `${key}.tmp-`));
  const r = spawnSync(tc.bin, ['--disable-gems', '-e', GENERATOR, tmp, ...tc.gemLibs], { encoding: 'utf8', timeout: 30_000, env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' } });
  try {
    if (r.status !== 0) throw new Error(`${r.stderr ?? ''}${r.error?.message ?? ''}`.slice(0, 4000) || `exit ${r.status}`);
    const lines = readFileSync(join(tmp, 'index'), 'utf8').trim().split('\n');
    writeFileSync(join(tmp, 'index'), `${lines.map((l) => `${l}\t${fileIdentity(join(tmp, l.split('\t')[3]!))}`).join('\n')}\n`);
    return tmp;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    writeFileSync(join(root, `${key}.failed`), (err as Error).message);
    return null;
  }
}

/** The directory of compiled libraries for this toolchain, made on first use (one Ruby process, ~0.2 s) and checked
 *  once per process, or null where it cannot be made (read-only cache, an odd Ruby): runs then compile from
 *  source, as before. A damaged directory is made again. */
export function rubyIseqDir(tc: RubyToolchain): string | null {
  const key = createHash('sha256').update(JSON.stringify([1, tc.bin, fileIdentity(tc.bin), tc.version, tc.gemLibs, LIBRARIES])).digest('hex').slice(0, 32);
  const root = join(assayCacheRoot(), 'ruby-iseq');
  const dir = join(root, key);
  if (made.has(dir)) return made.get(dir)!;
  let result: string | null = null;
  try {
    if (intact(dir)) result = dir;
    else if (!existsSync(join(root, `${key}.failed`))) {
      // this Ruby could not make them before (the .failed marker): not retried in every process
      mkdirSync(root, { recursive: true });
      rmSync(dir, { recursive: true, force: true });
      const tmp = generate(tc, root, key);
      if (tmp) {
        try {
          renameSync(tmp, dir);
        } catch {
          rmSync(tmp, { recursive: true, force: true }); // another process made it first
        }
        result = intact(dir) ? dir : null;
      }
    }
  } catch {
    result = null;
  }
  made.set(dir, result);
  return result;
}
