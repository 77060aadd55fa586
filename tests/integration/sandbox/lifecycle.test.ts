// Run lifecycle under full isolation: streaming output, cancellation, and no survivors after a run.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../core/node/runner/workspace.ts';
import { fullIsolation, marker, processesWith, run, tempDir } from './helpers.ts';

const full = await fullIsolation();

/** Python that double-forks a setsid daemon (sleeping, marker in argv) and returns at once. */
const DAEMON = [
  'import os, sys, time',
  'if os.fork() == 0:',
  '    os.setsid()',
  '    if os.fork() == 0:',
  '        time.sleep(1000)',
  '    os._exit(0)',
  'os.wait()',
  'print("parent done")',
].join('\n');

/** Per-run cgroup directories (assay-<pid>-<n>) of this process still present under /sys/fs/cgroup. */
function cgroupDirsOf(pid: number, dir = '/sys/fs/cgroup', depth = 0): string[] {
  if (depth > 6) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory())
    .flatMap((e) => (e.name.startsWith(`assay-${pid}-`) ? [join(dir, e.name)] : cgroupDirsOf(pid, join(dir, e.name), depth + 1)));
}

describe.skipIf(!full)('lifecycle under full isolation', () => {
  it('a setsid double-forked daemon does not survive the run', async () => {
    const mark = marker();
    const r = await run(['python3', '-c', DAEMON, mark]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('parent done\n');
    expect(processesWith(mark)).toEqual([]);
  });

  it('streams output while the command runs', async () => {
    // The command waits for a file the test creates only after it has seen "ready" through onOutput.
    const workDir = tempDir();
    const go = join(workDir, 'go-ahead');
    const script = `echo ready; while [ ! -e ${go} ]; do sleep 0.05; done; echo finished`;
    const r = await run(['sh', '-c', script], {
      workDir,
      limits: { wallMs: 10_000 },
      onOutput: (_stream, text) => {
        if (text.includes('ready')) writeFileSync(go, '');
      },
    });
    expect(r.limitHit).toBe(null);
    expect(r.stdout).toBe('ready\nfinished\n');
  });

  it('decodes UTF-8 split across writes without replacement characters', async () => {
    const chunks: string[] = [];
    const r = await run(['sh', '-c', "printf '\\303'; sleep 0.3; printf '\\251t\\342\\202'; sleep 0.3; printf '\\254\\n'"], {
      onOutput: (_s, text) => chunks.push(text),
    });
    expect(r.stdout).toBe('ét€\n');
    expect(chunks.join('')).toBe('ét€\n');
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('cancellation via AbortSignal kills the tree and reports cancelled', async () => {
    const mark = marker();
    const controller = new AbortController();
    const pending = run(['sh', '-c', `sleep 1000 & sleep 1000; : ${mark}`, mark], { signal: controller.signal, limits: { wallMs: 60_000 } });
    setTimeout(() => controller.abort(), 300);
    const r = await pending;
    expect(r.cancelled).toBe(true);
    expect(r.limitHit).toBe(null);
    expect(processesWith(mark)).toEqual([]);
  });

  it('runs concurrently without mixing output, and leaves no cgroup behind', async () => {
    const runs = await Promise.all([1, 2, 3].map((n) => run(['sh', '-c', `sleep 0.2; echo run-${n}`])));
    expect(runs.map((r) => r.stdout)).toEqual(['run-1\n', 'run-2\n', 'run-3\n']);
    expect(cgroupDirsOf(process.pid)).toEqual([]);
  });

  it('leaves this process in the cgroups it started in (the placement warm-ups, cgroup-fs.ts warmAttach, move nothing)', async () => {
    const before = readFileSync('/proc/self/cgroup', 'utf8');
    const ws = new Workspace(); // warms too (warmPlacement)
    ws.dispose();
    const r = await run(['sh', '-c', 'echo placed']);
    expect(r.stdout).toBe('placed\n');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the warm-up write runs off the main thread
    expect(readFileSync('/proc/self/cgroup', 'utf8')).toBe(before);
    expect(cgroupDirsOf(process.pid)).toEqual([]);
  });

  it('an already-aborted signal runs nothing', async () => {
    const workDir = tempDir();
    const r = await run(['touch', 'ran'], { workDir, signal: AbortSignal.abort() });
    expect(r.cancelled).toBe(true);
    expect(existsSync(join(workDir, 'ran'))).toBe(false);
  });
});
