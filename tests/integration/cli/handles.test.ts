// Nothing keeps a short-lived process alive after its work: a child process runs the visible tests and a full
// grading (Go and Ruby, in the sandbox) and then lists what is still holding its event loop. A pending timer
// (such as an uncleared close-grace timer in the sandbox) or an unclosed pipe would show up here.
import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GO_DIR, RUBY_DIR } from '../runner/helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'assay-handles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = `
import { loadExercise } from ${JSON.stringify(join(ROOT, 'core/node/library/load.ts'))};
import { runVisible } from ${JSON.stringify(join(ROOT, 'core/node/runner/run-visible.ts'))};
import { gradeSubmission } from ${JSON.stringify(join(ROOT, 'core/node/grading/grade.ts'))};
process.stdout.write('');
process.stderr.write('');
const before = process.getActiveResourcesInfo().sort();
const ex = loadExercise(process.argv[2]);
const files = { ...ex.starter, ...ex.reference };
const run = await runVisible(ex, files, { runId: 'handles' });
const grade = await gradeSubmission(ex, files);
// Handles that finished closing during the last step are released in the loop's close phase: one turn later.
await new Promise((r) => setImmediate(() => setTimeout(r, 0)));
console.log(JSON.stringify({ run: run.verdict, grade: grade.verdict, before, active: process.getActiveResourcesInfo().sort() }));
`;

function child(exerciseDir: string): Promise<{ run: string; grade: string; before: string[]; active: string[] }> {
  const file = join(dir, 'probe.ts');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [file, exerciseDir], { timeout: 110_000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(JSON.parse(stdout))));
  });
}

describe('after a run and a grading', () => {
  it.each([['go', GO_DIR], ['ruby', RUBY_DIR]])('%s: no timer, pipe or child process holds the event loop', async (_lang, exDir) => {
    const r = await child(exDir);
    expect(r.run).toBe('passed');
    expect(r.grade).toBe('passed');
    // Only what the process held before any work (its own stdio) may remain.
    expect(r.active).toEqual(r.before);
  });
});
