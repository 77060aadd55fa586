// The ahead-of-time CLI build (vite.cli.config.ts): built into a temp dir, it behaves like the TypeScript
// sources, and bin/cli-build.js only accepts a build whose source files are all unchanged.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { buildIsCurrent } from '../../../bin/cli-build.js';
import { RUBY_DIR } from '../runner/helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'assay-cli-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string }> {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: merged, timeout: 110_000 }, (err, stdout) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout }),
    );
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', join(out, 'cli')], { cwd: ROOT, stdio: 'pipe', timeout: 110_000 });
});

describe('CLI build', () => {
  it('prints the same help as the sources for every command', async () => {
    const built = join(out, 'cli/main.js');
    const sources = join(ROOT, 'core/cli/main.ts');
    for (const args of [['--help'], ['grade-batch', '--help'], ['merge', '--help'], ['run', '--help']]) {
      const a = await node([built, ...args]);
      const b = await node([sources, ...args]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  it('grades like the sources', async () => {
    const dir = mkdtempSync(join(out, 'sol-'));
    writeFileSync(join(dir, 'reference_extractor.rb'), readFileSync(join(RUBY_DIR, 'reference/reference_extractor.rb')));
    const a = JSON.parse((await node([join(out, 'cli/main.js'), 'grade', RUBY_DIR, dir, '--json'])).stdout);
    const b = JSON.parse((await node([join(ROOT, 'core/cli/main.ts'), 'grade', RUBY_DIR, dir, '--json'])).stdout);
    const strip = (g: { tests: { durationMs: number }[]; timings: unknown }) => ({ ...g, timings: null, tests: g.tests.map((t) => ({ ...t, durationMs: 0 })) });
    expect(strip(a)).toEqual(strip(b));
    expect(a).toMatchObject({ verdict: 'passed', score: 100 });
  });

  it('is used only while every source it was built from is unchanged', () => {
    const manifest = join(out, 'cli/sources.json');
    const root = pathToFileURL(`${ROOT}/`);
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(Object.keys(m.files)).toEqual(expect.arrayContaining(['core/cli/main.ts', 'core/node/sandbox/execute.ts', 'core/node/batch/grade-folder.ts']));
    expect(buildIsCurrent(root, pathToFileURL(manifest))).toBe(true);
    const stale = join(out, 'stale.json');
    writeFileSync(stale, JSON.stringify({ files: { ...m.files, 'core/cli/main.ts': '1:1' } }));
    expect(buildIsCurrent(root, pathToFileURL(stale))).toBe(false);
    writeFileSync(stale, JSON.stringify({ files: { ...m.files, 'core/cli/gone.ts': '1:1' } }));
    expect(buildIsCurrent(root, pathToFileURL(stale))).toBe(false);
    writeFileSync(stale, '{"files": {}}');
    expect(buildIsCurrent(root, pathToFileURL(stale))).toBe(false);
  });

  it('bin/assay.js caches compiled code without ever running a stale build', async () => {
    // A checkout of its own: bin/ copied, core/ and package.json linked, dist/cli the build above (edited below).
    const co = mkdtempSync(join(out, 'checkout-'));
    mkdirSync(join(co, 'bin'));
    for (const f of ['assay.js', 'cli-build.js']) copyFileSync(join(ROOT, 'bin', f), join(co, 'bin', f));
    for (const f of ['core', 'package.json']) symlinkSync(join(ROOT, f), join(co, f));
    cpSync(join(out, 'cli'), join(co, 'dist/cli'), { recursive: true });
    const bin = join(co, 'bin/assay.js');
    const env = { NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined };
    const help = async (extra: Record<string, string> = {}) => (await node([bin, '--help'], { ...env, ...extra })).stdout.split('\n')[0];
    expect(await help()).toBe('usage: assay <command> [args]');
    expect(readdirSync(join(co, 'dist/cli/.compile-cache')).length).toBeGreaterThan(0);
    // The cached code of main.js must not outlive an edit of it...
    const main = join(co, 'dist/cli/main.js');
    writeFileSync(main, readFileSync(main, 'utf8').replace('usage: assay <command>', 'usage: BUILT <command>'));
    expect(await help()).toBe('usage: BUILT <command> [args]');
    // ...and a stale build (or ASSAY_CLI_FROM_SOURCES=1) runs the sources, cache or not.
    expect(await help({ ASSAY_CLI_FROM_SOURCES: '1' })).toBe('usage: assay <command> [args]');
    const manifest = join(co, 'dist/cli/sources.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, files: { ...m.files, 'core/cli/main.ts': '1:1' } }));
    expect(await help()).toBe('usage: assay <command> [args]');
    const run = await node([bin, 'run', '--help'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: assay run <exerciseDir> <solutionDir>');
  });
});
