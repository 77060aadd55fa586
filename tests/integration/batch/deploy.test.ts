// deploy/: the example GitLab pipeline and Kubernetes manifest parse, their commands exist in `assay --help`, and
// their scripts, run for real with the variables each engine sets (through an `assay` on PATH), grade a small
// folder and produce the merged JUnit report they publish. The image build file names every tool the sandbox
// and the graders need.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { cleanup, tempDir } from '../../unit/assessment/helpers.ts';
import { assay, readJson } from './cli.ts';
import { makeBatchFolder, type BatchFixture } from './fixtures.ts';

afterAll(cleanup);

const ROOT = join(import.meta.dirname, '../../..');
const DEPLOY = join(ROOT, 'deploy');

type Job = { script?: string[]; parallel?: number; needs?: string[]; artifacts?: { paths?: string[]; reports?: { junit?: string } } };

function sh(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', script], { cwd, env: { ...process.env, ASSAY_PROGRESS: 'plain', ...env }, timeout: 110_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: stdout + stderr }),
    );
  });
}

let help = '';
let shim = '';
let fx: BatchFixture;
beforeAll(async () => {
  help = (await assay(['--help'])).stdout;
  shim = tempDir('assay-shim-');
  writeFileSync(join(shim, 'assay'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/assay.js')}" "$@"\n`);
  chmodSync(join(shim, 'assay'), 0o755);
  fx = await makeBatchFolder(6);
});

/** Every `assay <command> --flag` in a script line (commands joined by && or ;) names a listed command and flags its help documents. */
async function expectKnownCommand(line: string): Promise<void> {
  const parts = line.split(/&&|;/).filter((p) => /\bassay\s/.test(p));
  expect(parts.length, line).toBeGreaterThan(0);
  for (const part of parts) {
    const m = /\bassay\s+([a-z-]+)(.*)$/.exec(part);
    expect(m, part).not.toBeNull();
    expect(help).toMatch(new RegExp(`^\\s+${m![1]}\\s`, 'm'));
    const usage = (await assay([m![1]!, '--help'])).stdout;
    for (const flag of m![2]!.match(/--[a-z-]+/g) ?? []) expect(usage, `${m![1]} ${flag}`).toContain(flag);
  }
}

/** The records of the fixture's issued packs, exported as the interviewer would for a CI grader. */
async function exportRecords(to: string): Promise<void> {
  const r = await assay(['register', 'export', '--all', '--out', to, '--register', fx.register]);
  expect(r.code, r.stderr).toBe(0);
}

const env = (extra: Record<string, string>) => ({ PATH: `${shim}:${process.env.PATH}`, ...extra });

describe('deploy/gitlab-ci.example.yml', () => {
  const doc = parse(readFileSync(join(DEPLOY, 'gitlab-ci.example.yml'), 'utf8')) as Record<string, Job>;

  it('parses, and runs assay commands that exist', async () => {
    expect(doc.grade!.parallel).toBeGreaterThan(1);
    expect(doc.report!.needs).toEqual(['grade']);
    expect(doc.report!.artifacts!.reports!.junit).toBe('report/junit.xml');
    for (const line of [...doc.grade!.script!, ...doc.report!.script!]) await expectKnownCommand(line);
  });

  it('grades a folder in parallel jobs with the variables GitLab sets, and merges them into the JUnit report', async () => {
    const project = tempDir('assay-gitlab-');
    cpSync(fx.folder, join(project, 'bundles'), { recursive: true });
    cpSync(fx.library, join(project, 'exercises'), { recursive: true });
    await exportRecords(join(project, 'register-records'));
    const n = doc.grade!.parallel!;
    for (let i = 1; i <= n; i++) {
      const vars = env({ CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(n), CI_PROJECT_DIR: project, ASSAY_CACHE_DIR: join(project, '.assay-cache') });
      const r = await sh(doc.grade!.script!.join('\n'), project, vars);
      expect(r.code, r.out).toBe(0);
      expect(existsSync(join(project, `shard-${i}`, 'shards', `shard-${i}-of-${n}.json`))).toBe(true);
    }
    const r = await sh(doc.report!.script!.join('\n'), project, env({ CI_PROJECT_DIR: project }));
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(project, doc.report!.artifacts!.reports!.junit!), 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites name="assay grade-batch" tests="12"/); // 6 exercises + 6 "issued pack" cases
    const summary = readJson(join(project, 'report/summary.json'));
    expect(summary.totals.graded).toBe(6);
    // Graded against the imported records: as issued, marked imported, never pack_unverified.
    expect(summary.issued).toEqual({ verified: 0, imported: 6, unverified: 0 });
    expect(readFileSync(join(project, 'report/junit.xml'), 'utf8')).not.toContain('pack_unverified');
  });
});

describe('deploy/kubernetes/grade-batch-job.yaml', () => {
  const docs = parseAllDocuments(readFileSync(join(DEPLOY, 'kubernetes/grade-batch-job.yaml'), 'utf8')).map((d) => d.toJS());
  const [grade, merge] = docs;
  const container = (job: typeof grade) => job.spec.template.spec.containers[0];

  it('parses as an Indexed Job whose ASSAY_SHARD_TOTAL equals its completions, plus a merge Job', async () => {
    expect(docs).toHaveLength(2);
    expect(grade).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    const total = container(grade).env.find((e: { name: string }) => e.name === 'ASSAY_SHARD_TOTAL').value;
    expect(Number(total)).toBe(grade.spec.completions);
    for (const job of docs) await expectKnownCommand(container(job).args.join(' '));
    for (let i = 0; i < grade.spec.completions; i++) expect(container(merge).args.join(' ')).toContain(`/data/out/shard-${i} `);
  });

  it('grades with the variables an Indexed Job sets and merges', async () => {
    const data = tempDir('assay-k8s-');
    cpSync(fx.folder, join(data, 'bundles'), { recursive: true });
    cpSync(fx.library, join(data, 'exercises'), { recursive: true });
    await exportRecords(join(data, 'register-records'));
    mkdirSync(join(data, 'out'));
    const local = (s: string) => s.replaceAll('/data/', `${data}/`);
    const vars = Object.fromEntries(container(grade).env.map((e: { name: string; value: string }) => [e.name, local(e.value)]));
    for (let i = 0; i < grade.spec.completions; i++) {
      // Each pod has its own /tmp: a fresh register per pod.
      const script = local(container(grade).args.join(' ')).replaceAll('/tmp/register', join(data, `pod-${i}-register`));
      const r = await sh(script, data, env({ ...vars, ASSAY_CACHE_DIR: join(data, 'cache'), JOB_COMPLETION_INDEX: String(i) }));
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(new RegExp(`shard ${i + 1}/${grade.spec.completions} \\(kubernetes\\)`));
    }
    const r = await sh(local(container(merge).args.join(' ')), data, env({}));
    expect(r.code, r.out).toBe(0);
    const summary = readJson(join(data, 'out/report/summary.json'));
    expect(summary.totals.graded).toBe(6);
    expect(summary.issued).toEqual({ verified: 0, imported: 6, unverified: 0 });
  });
});

describe('deploy/Containerfile', () => {
  const text = readFileSync(join(DEPLOY, 'Containerfile'), 'utf8');
  const install = /apt-get install[^\n]*\n([^\n]*)/.exec(text)?.[1] ?? '';

  it('installs every tool the sandbox and the graders need', () => {
    // go (Go exercises), ruby + minitest (Ruby exercises), bubblewrap (bwrap, the sandbox), util-linux (prlimit).
    for (const pkg of ['golang-go', 'ruby', 'ruby-minitest', 'bubblewrap', 'util-linux']) expect(install.split(/\s+/)).toContain(pkg);
    expect(text).toMatch(/^FROM node:(2[2-9]|[3-9]\d)/m);
    for (const check of ['go version', 'bwrap --version', 'prlimit --version', 'require "minitest"']) expect(text).toContain(check);
  });

  it('states plainly what the sandbox needs from the container', () => {
    expect(text).toMatch(/user namespaces/);
    expect(text).toMatch(/privileged/);
    expect(text).toMatch(/cgroup/);
    expect(text).toMatch(/npm run build:cli/);
  });
});
