// Toolchain probes cached across processes, keyed by the binary's identity: a fake `go` on PATH counts how often
// it is asked; a second process does not ask it again; a changed binary (another size) is asked again.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'assay-fake-go-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, 'calls.log');
const go = join(dir, 'go');

function fakeGo(version: string): void {
  writeFileSync(go, `#!/bin/sh\necho "$@" >> ${JSON.stringify(log)}\nprintf '${version}\\n/fake/goroot\\n/fake/tool\\n'\n`);
  chmodSync(go, 0o755);
}

function versionInChild(): Promise<string> {
  const code = `const m = await import(${JSON.stringify(join(ROOT, 'core/node/toolchains.ts'))}); console.log((await m.goToolchain()).version);`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, ASSAY_CACHE_DIR: join(dir, 'cache') } }, (err, stdout, stderr) =>
      err ? reject(new Error(stderr)) : resolve(stdout.trim()),
    );
  });
}

const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0);

describe('toolchain probe cache', () => {
  it('asks a binary once across processes, and again once it changed', async () => {
    fakeGo('go1.21.0');
    expect(await versionInChild()).toBe('go1.21.0');
    expect(calls()).toBe(1);
    expect(await versionInChild()).toBe('go1.21.0');
    expect(calls()).toBe(1);
    fakeGo('go1.22.10');
    expect(await versionInChild()).toBe('go1.22.10');
    expect(calls()).toBe(2);
  });
});
