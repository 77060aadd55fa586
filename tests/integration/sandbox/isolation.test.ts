// Full isolation (bubblewrap): what a sandboxed process can and cannot see or touch.
import { createServer } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectIsolation } from '../../../core/node/sandbox/detect.ts';
import { ENV, fullIsolation, run, tempDir } from './helpers.ts';

/** Every path under dir with its size and mtime. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => {
      const st = statSync(join(dir, name));
      return `${name} ${st.size} ${st.mtimeMs}`;
    })
    .sort();
}

const full = await fullIsolation();

describe.skipIf(!full)('full isolation', () => {
  it('reports the exit code and full isolation', async () => {
    const r = await run(['sh', '-c', 'echo out; echo err >&2; exit 42']);
    expect(r).toMatchObject({ exitCode: 42, stdout: 'out\n', stderr: 'err\n', limitHit: null, isolation: 'full', sandboxError: null });
  });

  it('passes exactly the given environment, HOME defaulting to the work dir', async () => {
    process.env.ASSAY_PARENT_SECRET = 'leaked';
    const workDir = tempDir();
    const r = await run(['env'], { workDir, env: { ...ENV, ONLY_THIS: 'yes' } });
    delete process.env.ASSAY_PARENT_SECRET;
    const vars = r.stdout.trim().split('\n').sort();
    expect(vars).toEqual([`HOME=${workDir}`, 'LANG=C.UTF-8', 'ONLY_THIS=yes', 'PATH=/usr/bin:/bin', `PWD=${workDir}`].sort());
  });

  it('feeds stdin and runs in cwd', async () => {
    const workDir = tempDir();
    const r = await run(['sh', '-c', 'pwd; cat'], { workDir, stdin: 'hello from stdin' });
    expect(r.stdout).toBe(`${workDir}\nhello from stdin`);
  });

  it('cannot read /etc/shadow or a file planted in the host home and temp dirs', async () => {
    const inHome = tempDir('assay-home-marker-', homedir());
    const inTmp = tempDir('assay-tmp-marker-');
    for (const dir of [inHome, inTmp]) writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
    const script = `for f in /etc/shadow ${inHome}/secret.txt ${inTmp}/secret.txt; do cat "$f" && echo "READ $f"; done; ls /root; exit 0`;
    const r = await run(['sh', '-c', script]);
    expect(r.stdout).not.toContain('TOP-SECRET');
    expect(r.stdout).not.toContain('READ');
    expect(r.stderr).toContain('/etc/shadow: No such file');
  });

  it('cannot write outside the work dir: system dirs are read-only, host dirs are not reachable', async () => {
    const hostDir = tempDir('assay-host-');
    writeFileSync(join(hostDir, 'keep.txt'), 'original');
    const script = [
      'for d in /usr /etc /bin /; do touch "$d/assay-probe" 2>/dev/null && echo "WROTE $d"; done',
      `mkdir -p ${hostDir} && echo changed > ${hostDir}/keep.txt && echo planted > ${hostDir}/new.txt`,
      'echo inside > ./ok.txt',
    ].join('; ');
    const workDir = tempDir();
    const r = await run(['sh', '-c', script], { workDir });
    expect(r.stdout).not.toContain('WROTE');
    expect(readFileSync(join(hostDir, 'keep.txt'), 'utf8')).toBe('original');
    expect(readdirSync(hostDir)).toEqual(['keep.txt']);
    expect(existsSync('/usr/assay-probe')).toBe(false);
    expect(readFileSync(join(workDir, 'ok.txt'), 'utf8')).toBe('inside\n');
  });

  it('has no network: connecting to a server on the host loopback fails', async () => {
    let connections = 0;
    const server = createServer((s) => {
      connections++;
      s.end('hi');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const py = `import socket\ntry:\n    socket.create_connection(("127.0.0.1", ${port}), timeout=2)\n    print("CONNECTED")\nexcept OSError as e:\n    print("FAILED", e)\n`;
    const r = await run(['python3', '-c', py]);
    server.close();
    expect(r.stdout).toMatch(/^FAILED/);
    expect(connections).toBe(0);
  });

  it('runs the Go toolchain with a clean environment', async () => {
    const version = await run(['go', 'version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout).toMatch(/^go version go1\.\d+/);
    const goroot = await run(['go', 'env', 'GOROOT']);
    expect(goroot.stdout.trim()).toMatch(/^\/usr\/lib\/go/);
  });

  it('builds and runs a Go program (build cache in the work dir)', async () => {
    const workDir = tempDir();
    writeFileSync(join(workDir, 'go.mod'), 'module probe\n\ngo 1.19\n');
    writeFileSync(join(workDir, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("built", 6*7) }\n');
    const env = { ...ENV, GOCACHE: join(workDir, '.cache'), GOPATH: join(workDir, '.gopath'), GOFLAGS: '-mod=mod', CGO_ENABLED: '0' };
    const r = await run(['go', 'run', '.'], { workDir, env, limits: { wallMs: 60_000, cpuSec: 60 } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('built 42\n');
  });

  it('overlays: a shared pre-warmed Go build cache is usable and the host copy is never modified', async () => {
    const det = await detectIsolation();
    const cache = tempDir('assay-gocache-');
    const project = (dir: string, body: string) => {
      writeFileSync(join(dir, 'go.mod'), 'module probe\n\ngo 1.19\n');
      writeFileSync(join(dir, 'p_test.go'), `package probe\n\nimport "testing"\n\nfunc TestX(t *testing.T) { ${body} }\n`);
    };
    const warm = tempDir();
    project(warm, 't.Log("warm")');
    const goEnv = (dir: string) => ({ ...ENV, GOCACHE: cache, GOPATH: join(dir, '.gopath'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod' });
    const warmed = await run(['go', 'test', './...'], { workDir: cache, cwd: warm, readOnly: [warm], env: goEnv(cache), limits: { wallMs: 90_000, cpuSec: 90 } });
    expect(warmed.exitCode).toBe(0);
    const before = snapshot(cache);
    const workDir = tempDir();
    project(workDir, 'if 1+1 != 2 { t.Fatal("math") }');
    const script = `go test ./... && (touch ${cache}/assay-probe 2>/dev/null && echo OVERLAY-WRITABLE || echo OVERLAY-READONLY)`;
    const r = await run(['sh', '-c', script], { workDir, overlays: [cache], env: goEnv(workDir), limits: { wallMs: 90_000, cpuSec: 90 } });
    expect(r.stdout).toMatch(/^ok\s+probe/);
    expect(r.stdout).toContain(det.overlay ? 'OVERLAY-WRITABLE' : 'OVERLAY-READONLY');
    expect(snapshot(cache)).toEqual(before);
  });

  it('runs Ruby with minitest available', async () => {
    const r = await run(['ruby', '-e', 'require "minitest"; puts "ruby #{RUBY_VERSION} minitest #{Minitest::VERSION}"']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^ruby 3\.\d+\.\d+ minitest 5\.\d+/);
  });

  it('a bwrap setup failure is a sandbox error, a failing command is not', async () => {
    const bad = await run(['true'], { readOnly: ['/nonexistent/assay-toolchain'] });
    expect(bad.sandboxError).toMatch(/^bwrap: Can't find source path \/nonexistent\/assay-toolchain/);
    const failing = await run(['sh', '-c', 'echo "bwrap: lookalike" >&2; exit 1']);
    expect(failing).toMatchObject({ exitCode: 1, sandboxError: null });
    const missing = await run(['assay-no-such-command']);
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toContain('assay-no-such-command');
  });

  it('returns a sandbox error for a missing work dir', async () => {
    const r = await run(['true'], { workDir: '/nonexistent/assay-workdir' });
    expect(r.sandboxError).toMatch(/workDir does not exist/);
  });
});
