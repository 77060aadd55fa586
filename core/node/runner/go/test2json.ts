// Go test binary output → per-test results. The binary's -test.v output is converted by Go's own test2json,
// run here OUTSIDE the sandbox (a trusted process reading the captured text on stdin), and its events are
// folded into TestResults. Integrity problems (a test reported twice) are collected, not hidden.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { TestResult } from '../../../common/results.ts';

export interface GoTestEvent {
  Action: string;
  Test?: string;
  Output?: string;
  Elapsed?: number;
}

export interface Test2json {
  /** Feeds the captured output and resolves with its events (rejects when test2json cannot run or fails). */
  convert(output: string): Promise<GoTestEvent[]>;
  /** Ends a converter that will not be fed (its process would otherwise wait on stdin). */
  cancel(): void;
}

/** Starts test2json ahead of the output it will convert, so its start-up (3-5 ms) overlaps the test run. */
export function startTest2json(toolDir: string): Test2json {
  const child = spawn(join(toolDir, 'test2json'), ['-t'], { stdio: ['pipe', 'pipe', 'pipe'], env: {} });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.on('error', () => {});
  const done = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  done.catch(() => {}); // observed in convert; a cancelled converter's failure matters to no one
  return {
    async convert(output) {
      child.stdin.end(output);
      const code = await done;
      if (code !== 0) throw new Error(`test2json failed (exit ${code}): ${stderr.trim()}`);
      const events: GoTestEvent[] = [];
      for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        events.push(JSON.parse(line) as GoTestEvent);
      }
      return events;
    },
    cancel() {
      child.stdin.end();
      child.kill('SIGKILL');
    },
  };
}

export function test2json(toolDir: string, output: string): Promise<GoTestEvent[]> {
  return startTest2json(toolDir).convert(output);
}

export interface GoTestParse {
  tests: TestResult[];
  /** Names reported more than once (a second `=== RUN` or a second verdict line). */
  duplicates: string[];
  /** Tests that started and never reported (the process died inside them). */
  unfinished: string[];
  /** Output not attributed to a test (the final PASS/FAIL, panics outside tests). */
  packageOutput: string;
}

const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)\s|--- (PASS|FAIL|SKIP): )/;
const MESSAGE_CAP = 8 * 1024;
const STATUS: Record<string, TestResult['status']> = { pass: 'pass', fail: 'fail', skip: 'skip' };

interface Acc {
  name: string;
  runs: number;
  verdicts: number;
  status: TestResult['status'] | null;
  elapsed: number;
  log: string[];
}

export function resultsFromEvents(events: GoTestEvent[]): GoTestParse {
  const byName = new Map<string, Acc>();
  const order: Acc[] = [];
  let packageOutput = '';
  const acc = (name: string): Acc => {
    let a = byName.get(name);
    if (!a) {
      a = { name, runs: 0, verdicts: 0, status: null, elapsed: 0, log: [] };
      byName.set(name, a);
      order.push(a);
    }
    return a;
  };
  for (const e of events) {
    if (!e.Test) {
      if (e.Action === 'output' && e.Output) packageOutput += e.Output;
      continue;
    }
    const a = acc(e.Test);
    if (e.Action === 'run') a.runs++;
    else if (e.Action === 'output' && e.Output !== undefined) {
      if (!FRAMING.test(e.Output)) a.log.push(e.Output);
    } else if (e.Action in STATUS) {
      a.verdicts++;
      a.status = STATUS[e.Action]!;
      a.elapsed = e.Elapsed ?? 0;
    }
  }
  const duplicates = order.filter((a) => a.runs > 1 || a.verdicts > 1).map((a) => a.name);
  const unfinished = order.filter((a) => a.status === null).map((a) => a.name);
  const tests: TestResult[] = order.map((a) => {
    const log = a.log.join('').trim();
    const message =
      a.status === null
        ? (log ? `${log}\n` : '') + 'test did not finish: the test binary stopped inside it'
        : a.status === 'pass'
          ? ''
          : log || (a.status === 'fail' ? 'test failed' : 'skipped');
    return {
      name: a.name,
      status: a.status ?? 'error',
      kind: 'visible',
      hidden: false,
      message: message.length > MESSAGE_CAP ? `${message.slice(0, MESSAGE_CAP)}…` : message,
      durationMs: Math.round(a.elapsed * 1000),
      ...(a.status === 'pass' && log ? { output: log } : {}),
    };
  });
  return { tests, duplicates, unfinished, packageOutput };
}
