// `assay grade-batch <folder> --library <dir> --out <dir>`: grades every bundle of a folder (or this shard's
// share of it), resumable, and writes the batch's reports. See the help text for the contract.
import { resolve } from 'node:path';
import { finalizeBatch } from '../node/batch/finalize.ts';
import { gradeFolder, type BatchEvent } from '../node/batch/grade-folder.ts';
import { ShardError, resolveShard, type Shard } from '../node/batch/shard.ts';
import { writeShardManifest } from '../node/batch/shard-manifest.ts';
import { directory, EXIT, gradingRegister, library as libraryDir, need, parse } from './batch-args.ts';
import { printReport } from './batch-report.ts';
import { UsageError, type Command } from './command.ts';
import { progress } from './progress.ts';

const help = `usage: assay grade-batch <folder> --library <dir> --out <dir> [--shard i/n] [--concurrency n]
                         [--register <dir>] [--require-full-isolation] [--force]

Grades every *.assay-submission file directly in <folder> against what was issued (with --register: the
exercises, limits, weights and time limit of the pack's record in the register) with the library's hidden
tests, and writes into --out:
  results/<digest>.json   one result per bundle (assay.batch-result/1): grades, the machine, isolation level,
                          toolchain versions, concurrency, shard, and the reference timings budgets were judged by
  summary.json            every bundle's score and verdicts, and where and how it was graded
  candidates.csv          one row per graded bundle (all assessments; columns per exercise)
  csv/<assessment>.csv    the same rows, one file per assessment (as the app exports them)
  junit.xml               one test suite per bundle, one test case per exercise (GitLab's Tests tab)
  scorecards/*.json       one scorecard per candidate
Resumable: a bundle whose result in --out has the same inputs (bundle digest, library exercise content hashes,
grader and toolchain versions, isolation, the register's record of its pack) is not graded again; --force
grades everything.

Sharding: bundles are split by digest, deterministically; a shard writes only results/ and shards/, and
\`assay merge\` turns the shards' outputs into the reports above. The shard comes from, first match:
  --shard i/n                               1 <= i <= n
  CI_NODE_INDEX, CI_NODE_TOTAL              GitLab CI \`parallel: n\` (1-based)
  JOB_COMPLETION_INDEX, ASSAY_SHARD_TOTAL   Kubernetes Indexed Job (0-based index); set ASSAY_SHARD_TOTAL to
                                            the Job's completions
--concurrency n   gradings in flight (default 1: concurrent gradings share the CPU and would skew each
                  other's budget cases); recorded in every result.
--register dir    the register of issued packs (a directory with register.json, as written by assay pack
                  --register or the app, or filled with assay register import). Each bundle is graded as its
                  pack was issued: an issued exercise it lacks scores 0, a changed time limit or exercise list
                  is a critical flag, and a bundle whose pack is not in the register, or that adds or repeats
                  an exercise, is rejected (a row with its reason; exit 3). Records imported from another
                  machine grade with the warning pack_imported. Without --register every bundle is graded on
                  its own claims and carries the critical flag pack_unverified (summary, CSV, JUnit).
--require-full-isolation   grade only under bubblewrap (otherwise the verdict is sandbox_error).
Exit codes: 0 every bundle graded (whatever the verdicts and flags; a shard may own none); 3 some bundle
rejected (not issued, forged, unreadable), failed to grade or missing, or an unsharded run found no bundles;
2 usage error (also an unreadable register); 1 internal error.`;

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse('grade-batch', args, {
    library: { type: 'string' },
    out: { type: 'string' },
    shard: { type: 'string' },
    concurrency: { type: 'string' },
    register: { type: 'string' },
    'require-full-isolation': { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('assay grade-batch: expected one <folder> (see assay grade-batch --help)');
  const folder = directory('grade-batch', resolve(positionals[0]!), 'the bundle folder');
  const library = libraryDir('grade-batch', resolve(need('grade-batch', values.library as string | undefined, '--library <dir>')));
  const out = resolve(need('grade-batch', values.out as string | undefined, '--out <dir>'));
  const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`assay grade-batch: --concurrency must be a whole number from 1 to 64`);
  let shard: Shard;
  try {
    shard = resolveShard(values.shard as string | undefined);
  } catch (e) {
    if (e instanceof ShardError) throw new UsageError(`assay grade-batch: ${e.message}`);
    throw e;
  }
  const register = gradingRegister('grade-batch', values.register as string | undefined);
  if (!register) process.stderr.write('assay grade-batch: no --register: every bundle is graded on its own claims and flagged pack_unverified\n');
  const bar = progress();
  const onEvent = (e: BatchEvent) => {
    if (e.type === 'plan') bar.note(`shard ${shard.index}/${shard.total}: ${e.total} bundles, ${e.toGrade} to grade, ${e.skipped} unchanged since the last run`);
    if (e.type === 'done') {
      const r = e.result;
      const what = r.status === 'graded' ? r.exercises.map((x) => `${x.id} ${x.report?.verdict ?? 'not graded'} ${x.report?.score ?? ''}`.trim()).join(', ') : `${r.status}: ${r.problem?.message ?? ''}`;
      bar.step(e.done, e.total, `${r.file}: ${what}`);
    }
  };
  const graded = await gradeFolder({
    folder, library, out, shard, concurrency, register, onEvent,
    require: values['require-full-isolation'] ? 'full' : 'prefer-full',
    force: values.force === true,
  });
  bar.end();
  writeShardManifest(out, graded);
  const bad = graded.results.filter((r) => r.status !== 'graded').length;
  if (shard.total > 1) {
    console.log(`shard ${shard.index}/${shard.total} (${shard.source}): ${graded.results.length} bundles, ${graded.graded} graded now, ${graded.skipped} unchanged; merge the shards with assay merge`);
    return bad ? EXIT.incomplete : EXIT.ok;
  }
  const report = finalizeBatch({ folder, library, out, results: graded.results });
  printReport(report);
  if (report.rows.length + report.missing.length === 0) {
    console.error(`assay grade-batch: no *.assay-submission files in ${folder}`);
    return EXIT.incomplete;
  }
  return bad || report.missing.length ? EXIT.incomplete : EXIT.ok;
}

export const gradeBatchCommand: Command = { name: 'grade-batch', summary: 'grade a folder of bundles', help, run };
