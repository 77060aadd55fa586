// The suite's own detectors, checked against real processes and files: if these could not see a leftover
// process, a touched canary or a workspace's files, every "nothing escaped" assertion would pass vacuously.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, withWorkspace } from '../../core/node/runner/workspace.ts';
import { plantCanaries } from './canaries.ts';
import { newMarker } from './helpers.ts';
import { startListeners } from './listeners.ts';
import { processesWith } from './procs.ts';
import { recordWorkspaces } from './workspaces.ts';

async function gone(needle: string): Promise<boolean> {
  for (let i = 0; i < 50 && processesWith([needle]).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return processesWith([needle]).length === 0;
}

describe('adversarial detectors', () => {
  it('processesWith finds a live process by its argv and by its environment, and not once it is gone', async () => {
    const byArgv = newMarker('argv');
    const byEnv = newMarker('env');
    const a = spawn('/bin/sh', ['-c', 'sleep 30; true', byArgv], { stdio: 'ignore' });
    const b = spawn('/bin/sleep', ['30'], { stdio: 'ignore', env: { PATH: '/usr/bin:/bin', PROBE: byEnv } });
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(processesWith([byArgv]).map((p) => Number.parseInt(p, 10))).toContain(a.pid);
      expect(processesWith([byEnv]).map((p) => Number.parseInt(p, 10))).toContain(b.pid);
    } finally {
      a.kill('SIGKILL');
      b.kill('SIGKILL');
    }
    expect(await gone(byArgv)).toBe(true);
    expect(await gone(byEnv)).toBe(true);
  });

  it('canaries report a new entry, a changed content and a changed mtime', () => {
    const c = plantCanaries();
    try {
      expect(c.problems()).toEqual([]);
      writeFileSync(join(c.tmpDir, 'PWNED'), 'x');
      writeFileSync(join(c.homeDir, 'SECRET.txt'), 'changed');
      expect(c.problems()).toEqual(expect.arrayContaining([expect.stringContaining('new entry PWNED'), expect.stringContaining('content changed')]));
      const d = plantCanaries();
      utimesSync(join(d.tmpDir, 'SECRET.txt'), 0, 0);
      expect(d.problems()).toEqual([expect.stringContaining('mtime changed')]);
      d.remove();
    } finally {
      c.remove();
    }
  });

  it('recordWorkspaces captures files, contents and symlinks just before a workspace is removed', async () => {
    const rec = recordWorkspaces(true);
    try {
      await withWorkspace(async (ws) => {
        writeFileSync(join(ws.dir('src'), 'a.txt'), 'hello');
        symlinkSync('/', join(ws.root, 'src', 'rootlink'));
      });
    } finally {
      rec.stop();
    }
    expect(rec.snapshots).toHaveLength(1);
    const files = rec.snapshots[0]!.files;
    expect(files.find((f) => f.path === 'src/a.txt')?.content?.toString()).toBe('hello');
    expect(files.find((f) => f.path === 'src/rootlink')?.link).toBe('/');
    const plain = Workspace.prototype.dispose;
    expect(plain.toString()).toContain('forceRemove');
  });

  it('the network listeners count a connection or datagram from the host', async () => {
    const net = await startListeners();
    try {
      const reach = (opts: { port: number; host: string } | { path: string }) =>
        new Promise<void>((resolve, reject) => {
          const s = connect(opts, () => {
            s.end();
            resolve();
          });
          s.on('error', reject);
        });
      await reach({ port: net.tcpPort, host: '127.0.0.1' });
      await reach({ path: `\0${net.abstract}` });
      await reach({ path: net.socketFile });
      const udp = createSocket('udp4');
      await new Promise<void>((resolve) => udp.send('x', net.udpPort, '127.0.0.1', () => resolve()));
      udp.close();
      for (let i = 0; i < 50 && Object.values(net.hits).some((n) => n === 0); i++) await new Promise((r) => setTimeout(r, 20));
      expect(net.hits).toEqual({ tcp: 1, udp: 1, unix: 1, file: 1 });
    } finally {
      await net.close();
    }
  });
});
