// `assay pack` and `assay scorecard` end to end: packs from the CLI, two candidates typing through real sessions
// (one submits the reference solution, the other a renamed copy of it), bundles, real grading with the hidden
// tests in the sandbox, the similarity check, and CSV and PDF scorecards (PDF printed by Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packCommand } from '../../../core/cli/pack.ts';
import { scorecardCommand } from '../../../core/cli/scorecard.ts';
import { UsageError } from '../../../core/cli/command.ts';
import { startSession } from '../../../core/node/session/open.ts';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { findChromium } from '../../../core/node/scorecard/pdf.ts';
import { cleanup, makeLibrary, mutateContainer, SEED, tempDir } from '../../unit/assessment/helpers.ts';

afterAll(cleanup);

const chromium = (() => {
  try {
    return findChromium();
  } catch (e) {
    console.log(`PDF checks skipped: ${(e as Error).message}`);
    return null;
  }
})();

const reference = readFileSync(join(SEED.go, 'reference/sections.go'), 'utf8');
const renamed = readFileSync(join(import.meta.dirname, '../../unit/assessment/fixtures/similarity/go-renamed.go'), 'utf8');

async function candidate(lib: string, dir: string, name: string, code: string): Promise<string> {
  const packPath = join(dir, `${name}.assay-pack`);
  const args = ['--library', lib, '--exercises', 'go-log-sections', '--minutes', '30', '--candidate', name, '--out', packPath];
  expect(await packCommand.run(args)).toBe(0);
  const s = startSession(join(dir, `${name}-session`), packPath);
  const lines = code.split('\n');
  for (let n = 8; n < lines.length; n += 8) s.recordEdit('go-log-sections', { 'sections.go': lines.slice(0, n).join('\n') });
  s.recordEdit('go-log-sections', { 'sections.go': code });
  s.submit();
  return createBundle(s, { out: join(dir, `${name}.assay-submission`) }).path;
}

/** Minimal RFC 4180 reader for checking the output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('assay pack and assay scorecard', () => {
  const lib = makeLibrary();
  const dir = tempDir();
  let ada: string;
  let bob: string;
  beforeAll(async () => {
    ada = await candidate(lib, dir, 'Ada Lovelace', reference);
    bob = await candidate(lib, dir, 'Bob Renamer', renamed);
  });

  it('rejects incomplete arguments', async () => {
    await expect(packCommand.run(['--library', lib])).rejects.toThrow(UsageError);
    await expect(packCommand.run(['--library', lib, '--profile', 'dev-test', '--candidate', 'A', '--out', 'x', '--minutes', '1.5'])).rejects.toThrow(/whole number/);
    await expect(scorecardCommand.run([ada, '--library', lib, '--format', 'docx', '--out', join(dir, 'x')])).rejects.toThrow(/--format pdf\|html\|md\|json\|csv/);
  });

  it('refuses a tampered bundle and writes nothing', async () => {
    const bad = mutateContainer(ada, (doc) => {
      doc.entries.find((e) => e.path === 'code/go-log-sections/sections.go')!.content = 'package logsections\n';
    });
    const out = join(dir, 'refused.csv');
    expect(await scorecardCommand.run([ada, bad, '--library', lib, '--format', 'csv', '--out', out])).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('grades with the hidden tests and writes one CSV row per candidate, flagging the copy', async () => {
    const out = join(dir, 'assessment.csv');
    expect(await scorecardCommand.run([ada, bob, '--library', lib, '--format', 'csv', '--out', out])).toBe(0);
    const [head, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(2);
    const col = (name: string) => head!.indexOf(name);
    for (const row of rows) {
      expect(row[col('go-log-sections_verdict')]).toBe('passed');
      expect(row[col('overall_score')]).toBe('100');
      expect(row[col('flags')]).toMatch(/go-log-sections: \d+% similar to/);
    }
    expect(rows.map((r) => r[col('candidate')])).toEqual(['Ada Lovelace', 'Bob Renamer']);
  });

  it.skipIf(!chromium)('prints one PDF per candidate that reads like a scorecard', async () => {
    const out = join(dir, 'pdf');
    expect(await scorecardCommand.run([ada, bob, '--library', lib, '--format', 'pdf', '--out', out])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ada-lovelace.pdf', 'bob-renamer.pdf']);
    const pdf = join(out, 'ada-lovelace.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const s of ['Ada Lovelace', 'Overall recommendation', 'Exercises', 'Collapsible sections in a CI job log', 'Competency matrix', 'Rubric', 'Things to look at', 'similar to Bob Renamer']) {
      expect(text).toContain(s);
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(out, 'page')]);
    expect(statSync(join(out, 'page-1.png')).size).toBeGreaterThan(10_000);
  });
});
