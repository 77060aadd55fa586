// Escapes: reaching the network (a server this test runs on 127.0.0.1, an abstract unix socket, an outside
// address), reading host secrets, writing outside the work dir (directly, via `..`, via symlinks planted in the
// work dir), killing the parent or the grader, leaving a daemonised orphan, and hunting for the expected answers.
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullIsolation, goEx, rubyEx, runAttack, useSuite, type Attack, type Graded } from './helpers.ts';
import { startListeners, type Listeners } from './listeners.ts';
import { processesWith } from './procs.ts';

const full = await fullIsolation();
const go = goEx();
const ruby = rubyEx();
const REPO = join(import.meta.dirname, '../..');
const HOST_ENV_SECRET = `host-env-${process.pid}-${Date.now()}`;
/** Lines the attacks print for each attempt: "<KIND> <what>: OK ..." means the attempt worked. */
const succeeded = (g: Graded, kind: string, what = '[^:\\n]*') => g.report.output.match(new RegExp(`^${kind} ${what}: (OK|CONNECTED).*$`, 'gm')) ?? [];

function shadowLine(): string | null {
  try {
    return readFileSync('/etc/shadow', 'utf8').split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

/** Every expected value of the exercise's hidden cases, as JSON, except ones short or common enough to occur by chance. */
function expectedStrings(ex: typeof go): string[] {
  const inputs = JSON.stringify(ex.cases.map((c) => c.input));
  return ex.cases.map((c) => JSON.stringify(c.expected)).filter((s) => s.length >= 16 && !inputs.includes(s));
}

function expectNoExpectedValues(g: Graded, ex: typeof go): void {
  const needles = expectedStrings(ex);
  expect(needles.length).toBeGreaterThan(3);
  const files = g.workspaces.flatMap((w) => w.files.map((f) => ({ path: `${w.root}/${f.path}`, text: f.content?.toString('latin1') })));
  // Case inputs reach the driver over stdin after the solution has loaded: no cases file exists to steal.
  const cases = files.filter((f) => f.path.endsWith('/cases.json'));
  expect(cases.map((f) => f.path), 'the runner wrote a cases file').toEqual([]);
  const leaks = files.flatMap((f) => needles.filter((n) => f.text?.includes(n)).map((n) => `${f.path}: ${n.slice(0, 60)}`));
  expect(leaks, 'expected values in the work dirs').toEqual([]);
  for (const n of needles) expect(g.report.output).not.toContain(n);
  expect(g.report.output, 'the attack saw a cases file').not.toMatch(/CASES-FILE[^\n]*"name":"/);
  expect(g.report.output).toContain('HOST-CASES: FAIL');
  expect(g.report.output).not.toContain('HOST-CASES: OK');
}

function fsChecks(g: Graded, marker: string, secret: string): void {
  expect(g.report.output, 'the attack ran').toMatch(/^FS read .*: FAIL/m);
  expect(succeeded(g, 'FS', '(read|write-host|touch|delete)[^:\\n]*')).toEqual([]);
  expect(g.report.output).not.toContain(secret);
  expect(g.report.output).not.toContain(HOST_ENV_SECRET);
  expect(g.report.output).not.toContain('/opt/node24');
  const shadow = shadowLine();
  if (shadow) expect(g.report.output).not.toContain(shadow);
  for (const dir of [tmpdir(), homedir(), REPO, '/etc', '/usr']) expect(existsSync(join(dir, `PWNED-${marker}`)), dir).toBe(false);
}

describe.skipIf(!full)('adversarial: escapes', () => {
  const ctx = useSuite([go, ruby]);
  let net: Listeners;
  beforeAll(async () => {
    net = await startListeners();
    process.env.ASSAY_ADV_HOST_SECRET = HOST_ENV_SECRET;
  });
  afterAll(async () => {
    delete process.env.ASSAY_ADV_HOST_SECRET;
    await net?.close();
  });
  const values = () => ({ PORT: net.tcpPort, UDP_PORT: net.udpPort, ABSTRACT: net.abstract, SOCKET_FILE: net.socketFile, REPO, TMPDIR: tmpdir(), HOST_PID: process.pid });
  const networkCheck = (g: Graded) => {
    expect(net.hits).toEqual({ tcp: 0, udp: 0, unix: 0, file: 0 });
    expect(g.report.output, 'the attack ran').toMatch(/^NET tcp-local: BLOCKED/m);
    expect(g.report.output).toMatch(/^NET tcp-outside: BLOCKED/m);
    expect(g.report.output).toMatch(/^NET unix-file: BLOCKED/m);
    expect(succeeded(g, 'NET')).toEqual([]);
  };
  const daemonCheck = async (g: Graded, marker: string) => {
    const alive = g.workspaces.flatMap((w) => w.files).filter((f) => f.path.endsWith(`daemon-alive-${marker}`));
    expect(alive.length, 'the orphan started').toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3000)); // past the orphan's sleep
    expect(processesWith([marker]), 'the orphan survived').toEqual([]);
    expect(ctx.canaries.problems()).toEqual([]);
  };
  const attacks: Attack[] = [
    { name: 'Ruby: TCP/UDP to host 127.0.0.1, abstract unix socket, 1.1.1.1:80, DNS', ex: ruby, source: 'ruby/network.rb', values, check: networkCheck },
    { name: 'Go: TCP to host 127.0.0.1, abstract unix socket, 1.1.1.1:80, DNS', ex: go, source: 'go/network.go', values, check: networkCheck },
    {
      name: 'Ruby: read ~/.ssh, /etc/shadow, canaries, env; write/touch/delete outside',
      ex: ruby,
      source: 'ruby/filesystem-escape.rb',
      values,
      verdicts: ['failed'],
      check: (g, m) => fsChecks(g, m, ctx.canaries.secret),
    },
    {
      name: 'Go: read ~/.ssh, /etc/shadow, canaries, env; write/touch/delete outside',
      ex: go,
      source: 'go/filesystem-escape.go',
      values,
      verdicts: ['failed'],
      check: (g, m) => fsChecks(g, m, ctx.canaries.secret),
    },
    {
      name: 'Ruby: symlinks to / and to the canaries planted in the work dir',
      ex: ruby,
      source: 'ruby/symlink-root.rb',
      verdicts: ['failed'],
      check: (g) => {
        expect(succeeded(g, 'LINK', '(read|write through|hardlink)[^:\\n]*')).toEqual([]);
        expect(g.report.output).not.toContain(ctx.canaries.secret);
        // The links were there when the host removed the work dir, and removing it followed none of them.
        const links = g.workspaces.flatMap((w) => w.files.filter((f) => f.link).map((f) => f.link));
        expect(links).toEqual(expect.arrayContaining(['/', ctx.canaries.tmpDir, ctx.canaries.homeDir]));
      },
    },
    {
      name: 'Go: kill -9 of the parent, pid 1, the grader and -1',
      ex: go,
      source: 'go/kill-parent.go',
      values,
      verdicts: ['failed'],
      check: (g) => expect(g.report.output).toMatch(/^KILL -1 /m),
    },
    {
      name: "Ruby: Process.kill('KILL') of the parent, pid 1, the grader and -1",
      ex: ruby,
      source: 'ruby/kill-parent.rb',
      values,
      verdicts: ['failed'],
      check: (g) => expect(g.report.output).toMatch(/^KILL -1 /m),
    },
    { name: 'Ruby: daemonised orphan (setsid + double fork, ignores HUP/TERM)', ex: ruby, source: 'ruby/daemon-orphan.rb', check: daemonCheck },
    { name: 'Go: daemonised orphan (setsid shell, backgrounded subshell)', ex: go, source: 'go/daemon-orphan.go', check: daemonCheck },
    {
      name: 'Go: steal the cases file and the host hidden/cases.json to hard-code answers',
      ex: go,
      source: 'go/steal-cases.go',
      values: { HOST_CASES: join(go.dir, 'hidden/cases.json') },
      readContents: true,
      verdicts: ['failed'],
      check: (g) => expectNoExpectedValues(g, go),
    },
    {
      name: 'Ruby: steal the cases file and the host hidden/cases.json to hard-code answers',
      ex: ruby,
      source: 'ruby/steal-cases.rb',
      values: { HOST_CASES: join(ruby.dir, 'hidden/cases.json') },
      readContents: true,
      verdicts: ['failed'],
      check: (g) => expectNoExpectedValues(g, ruby),
    },
  ];
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));
});
