// `assay merge <shardOut…> --bundles <folder> --library <dir> --out <dir>`: the reports of a sharded batch.
import { resolve } from 'node:path';
import { finalizeBatch } from '../node/batch/finalize.ts';
import { readResults, writeResult, type BundleResult } from '../node/batch/result.ts';
import { readShardManifests } from '../node/batch/shard-manifest.ts';
import { directory, EXIT, library as libraryDir, need, parse } from './batch-args.ts';
import { printReport } from './batch-report.ts';
import { UsageError, type Command } from './command.ts';

const help = `usage: assay merge <shardOut…> --bundles <folder> --library <dir> --out <dir>

Combines the outputs of \`assay grade-batch\` shards (each a directory holding results/ and shards/) into the
reports a single run over <folder> writes: summary.json, candidates.csv, csv/<assessment>.csv, junit.xml and
scorecards/*.json
in --out, plus every result under --out/results (so --out can be resumed as a single run). The similarity
check runs here, across all bundles. Every result keeps the machine, isolation, toolchains, concurrency and
shard it was graded with; the summary lists them. Scorecards are built from what each bundle was graded against
(the register's record stored in its result, or pack_unverified), so merge needs no register.
Exit codes: 0 every bundle of the folder has a graded result; 3 a shard or bundle is missing, or a bundle was
rejected or failed to grade; 2 usage error; 1 internal error.`;

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse('merge', args, { bundles: { type: 'string' }, library: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('assay merge: expected one or more shard output directories (see assay merge --help)');
  const folder = directory('merge', resolve(need('merge', values.bundles as string | undefined, '--bundles <folder>')), '--bundles');
  const library = libraryDir('merge', resolve(need('merge', values.library as string | undefined, '--library <dir>')));
  for (const p of positionals) directory('merge', resolve(p), 'shard output');
  const out = resolve(need('merge', values.out as string | undefined, '--out <dir>'));
  const byKey = new Map<string, BundleResult>();
  const shards = new Map<number, Set<number>>();
  for (const dir of positionals.map((p) => resolve(p))) {
    for (const m of readShardManifests(dir)) shards.set(m.shard.total, (shards.get(m.shard.total) ?? new Set()).add(m.shard.index));
    for (const r of readResults(dir)) {
      const key = r.digest ?? r.fileSha256;
      const prev = byKey.get(key);
      if (!prev || prev.gradedAt < r.gradedAt) byKey.set(key, r);
    }
  }
  for (const [total, seen] of shards) {
    const absent = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (absent.length) console.error(`assay merge: shard${absent.length > 1 ? 's' : ''} ${absent.join(', ')} of ${total} not among the inputs`);
  }
  const results = [...byKey.values()];
  for (const r of results) writeResult(out, r.digest ?? r.fileSha256, r);
  const report = finalizeBatch({ folder, library, out, results });
  printReport(report);
  const bad = report.rows.filter((r) => r.status !== 'graded').length;
  return bad || report.missing.length ? EXIT.incomplete : EXIT.ok;
}

export const mergeCommand: Command = { name: 'merge', summary: 'merge grade-batch shard outputs', help, run };
