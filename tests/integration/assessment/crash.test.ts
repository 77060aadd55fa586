// Crash safety of the candidate session store, with real processes: a child types through the store (an edit
// every 100 ms, and a burst mode with no pause so the kill lands mid-write), is killed with SIGKILL, and the
// session is reopened and checked: at most 2 s of typing lost, no corrupt file, the gap recorded.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSession } from '../../../core/node/session/open.ts';
import { replayTo } from '../../../core/node/session/replay.ts';
import { cleanup, makeLibrary, makePack, tempDir } from '../../unit/assessment/helpers.ts';

afterAll(cleanup);

const TYPIST = join(import.meta.dirname, 'typist.ts');

interface Kill {
  lastAck: number;
  killedAt: number;
}

/** Runs the typist until it has acknowledged `edits` edits, then kills it with SIGKILL at a random moment. */
function typeAndKill(dir: string, pack: string, intervalMs: number, edits: number): Promise<Kill> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TYPIST, dir, pack, String(intervalMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = -1;
    let buf = '';
    let stderr = '';
    let killing = false;
    let killedAt = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+)/.exec(line);
        if (m && !killing) lastAck = Number(m[1]);
      }
      if (!killing && lastAck >= edits) {
        killing = true;
        setTimeout(() => {
          killedAt = Date.now();
          child.kill('SIGKILL');
        }, Math.floor(Math.random() * Math.max(intervalMs, 5)));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastAck, killedAt });
      else reject(new Error(`typist exited ${code}: ${stderr}`));
    });
  });
}

/** Every file of the session directory is whole: JSON parses, every log line parses, no temp files remain. */
function assertNoCorruptFile(dir: string): number {
  let checked = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      expect(name).not.toMatch(/\.tmp-/);
      const text = readFileSync(full, 'utf8');
      if (name.endsWith('.json')) expect(() => JSON.parse(text), full).not.toThrow();
      if (name.endsWith('.jsonl')) {
        expect(text.endsWith('\n'), full).toBe(true);
        for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line), full).not.toThrow();
      }
      checked++;
    }
  };
  walk(dir);
  return checked;
}

describe('session store under SIGKILL', () => {
  const lib = makeLibrary();
  const pack = makePack(lib, { ids: ['go-log-sections'], minutes: 30 }).path;

  const CLOCK_SLACK_MS = 200;

  it('loses at most 2 s of typing across repeated kill -9 and reopen cycles', async () => {
    const dir = join(tempDir(), 'session');
    const cycles: { intervalMs: number; edits: number }[] = [
      { intervalMs: 100, edits: 15 },
      { intervalMs: 100, edits: 12 },
      { intervalMs: 0, edits: 300 },
      { intervalMs: 100, edits: 10 },
    ];
    let typed = 0;
    let deadline: number | undefined;
    for (const [i, cycle] of cycles.entries()) {
      const kill = await typeAndKill(dir, i === 0 ? pack : '-', cycle.intervalMs, typed + cycle.edits);
      const reopenedAt = Date.now();
      const s = openSession(dir);
      expect(assertNoCorruptFile(dir)).toBeGreaterThan(4);
      const id = s.pack.exercises[0]!.meta.id;
      const text = s.files(id)['sections.go']!;
      const recovered = (text.match(/^\/\/ k\d+$/gm) ?? []).length;
      const snaps = s.snapshots(id);
      expect(replayTo([...snaps], snaps.length - 1)).toEqual(s.files(id));
      expect(text.endsWith(`// k${recovered}`) || recovered === 0).toBe(true);
      // Everything acknowledged before the kill survived, and the newest surviving edit is under 2 s old.
      expect(recovered).toBeGreaterThanOrEqual(kill.lastAck);
      const lostMs = kill.killedAt - snaps.at(-1)!.t;
      expect(lostMs).toBeLessThanOrEqual(2000);
      const gap = s.activity.at(-1)!;
      expect(gap.type).toBe('app_closed');
      if (gap.type === 'app_closed') {
        // Session times are monotonic/boot-clock times anchored at the start: they track this process's wall
        // clock to within /proc/uptime's 10 ms steps per reopen, not to the millisecond.
        expect(gap.from).toBeLessThanOrEqual(kill.killedAt + CLOCK_SLACK_MS);
        expect(gap.t).toBeGreaterThanOrEqual(reopenedAt - CLOCK_SLACK_MS);
        expect(gap.durationMs).toBe(gap.t - gap.from);
      }
      // The deadline never moves: the time the app was dead is not given back.
      deadline ??= s.state.deadline;
      expect(s.state.deadline).toBe(deadline);
      expect(s.remainingMs()).toBeLessThanOrEqual(deadline - reopenedAt);
      console.log(`cycle ${i}: interval ${cycle.intervalMs} ms, acked ${kill.lastAck}, recovered ${recovered}, newest edit ${lostMs} ms before the kill`);
      typed = recovered;
    }
  });
});
