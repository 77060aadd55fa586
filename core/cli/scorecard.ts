// `assay scorecard <bundle…> --library <dir> --format pdf|html|md|json|csv --out <path>`: grades submission
// bundles headless and writes their scorecards. A rubric saved next to a bundle (<bundle>.rubric.json) is used.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scorecard } from '../common/assessment.ts';
import { readBundle } from '../node/bundle/read.ts';
import { ContainerError } from '../node/container/container.ts';
import { loadRubric } from '../node/scorecard/rubric.ts';
import { scoreBundles, type ScoredInput } from '../node/scorecard/score-bundles.ts';
import { renderHtml } from '../node/scorecard/html.ts';
import { renderMarkdown } from '../node/scorecard/markdown.ts';
import { renderCsv } from '../node/scorecard/csv.ts';
import { renderPdf } from '../node/scorecard/pdf.ts';
import { writeAtomic } from '../node/session/fs-atomic.ts';
import { terminalText } from './progress.ts';
import { gradingRegister } from './batch-args.ts';
import { UsageError, type Command } from './command.ts';

const help = `usage: assay scorecard <bundle…> --library <dir> --format pdf|html|md|json|csv --out <path> [--register <dir>]

Grades each submission bundle against the library's hidden tests, runs the similarity check across them and
writes scorecards. csv: one file, a row per candidate. Other formats: with one bundle --out is the file; with
several it is a directory receiving one file per candidate. A rubric saved as <bundle>.rubric.json is used.
--register dir   grade each bundle as its pack was issued (the register of issued packs written by assay pack
                 --register or the app, or filled with assay register import). A bundle whose pack is not in
                 it, or that adds or repeats an exercise, gets no scorecard: a csv row with its error, a line
                 on stderr, exit 3. Without --register every scorecard carries the critical flag
                 pack_unverified: the exercise list and time limit are the bundle's own claims.
Exit codes: 0 every bundle scored; 3 some bundle rejected; 1 unreadable bundles (nothing written); 2 usage.`;

const FORMATS = ['pdf', 'html', 'md', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'candidate';
}

async function writeCard(card: Scorecard, format: Exclude<Format, 'csv'>, path: string): Promise<void> {
  if (format === 'pdf') await renderPdf(renderHtml(card), path);
  else writeAtomic(path, format === 'html' ? renderHtml(card) : format === 'md' ? renderMarkdown(card) : `${JSON.stringify(card, null, 2)}\n`);
}

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { library: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, register: { type: 'string' } },
    });
  } catch (e) {
    throw new UsageError(`assay scorecard: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!positionals.length || !values.library || !values.out || !FORMATS.includes(format)) {
    throw new UsageError(`assay scorecard: need bundles, --library, --format ${FORMATS.join('|')} and --out (see assay scorecard --help)`);
  }
  return { bundles: positionals, library: resolve(values.library), format, out: resolve(values.out), register: gradingRegister('scorecard', values.register) };
}

async function run(args: string[]): Promise<number> {
  const { bundles, library, format, out, register } = parse(args);
  const inputs: ScoredInput[] = [];
  const bad: string[] = [];
  for (const path of bundles) {
    try {
      const { bundle, warnings } = readBundle(path);
      const rubricPath = `${path}.rubric.json`;
      inputs.push({ bundle, warnings, rubric: existsSync(rubricPath) ? loadRubric(rubricPath) : null });
    } catch (e) {
      if (!(e instanceof ContainerError)) throw e;
      bad.push(`${path}: ${e.message}`);
    }
  }
  if (bad.length) return console.error(`assay scorecard: rejected bundles, nothing written:\n  ${bad.join('\n  ')}`), 1;
  if (!register) process.stderr.write('assay scorecard: no --register: every scorecard is flagged pack_unverified\n');
  const { scorecards: cards, failures } = await scoreBundles(inputs, library, { register: register ?? undefined, onProgress: (m) => process.stderr.write(`… ${m}\n`) });
  for (const f of failures) console.error(`assay scorecard: rejected ${terminalText(f.candidate)} (${f.digest.slice(0, 12)}): ${terminalText(f.error)}`);
  const written: string[] = [];
  if (format === 'csv') {
    writeAtomic(out, renderCsv(cards, failures));
    written.push(out);
  } else if (cards.length === 1 && bundles.length === 1) {
    await writeCard(cards[0]!, format, out);
    written.push(out);
  } else {
    mkdirSync(out, { recursive: true });
    const used = new Set<string>();
    for (const card of cards) {
      let name = slug(card.candidate);
      if (used.has(name)) name = `${name}-${card.bundleDigest.slice(0, 8)}`;
      used.add(name);
      const path = join(out, `${name}.${format}`);
      await writeCard(card, format, path);
      written.push(path);
    }
  }
  for (const c of cards) {
    const critical = [...c.flags, ...c.exercises.flatMap((e) => e.flags)].filter((f) => f.severity === 'critical').map((f) => f.code);
    console.log(terminalText(`${c.candidate}: ${c.overall.score ?? '—'}/100, ${c.overall.passed} of ${c.overall.total} exercises passed${critical.length ? ` ⚑ ${critical.join(', ')}` : ''}`));
  }
  for (const w of written) console.log(`wrote ${w}`);
  return failures.length ? 3 : 0;
}

export const scorecardCommand: Command = {
  name: 'scorecard',
  summary: 'grade submission bundles and write scorecards (pdf, html, md, json, csv)',
  help,
  run,
};
