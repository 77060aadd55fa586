// shards/shard-<i>-of-<n>.json in a grade-batch output: which bundles this shard owned and where it ran. `assay
// merge` uses the manifests to tell a missing shard from a shard that had no bundles.
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../session/fs-atomic.ts';
import type { GradeFolderSummary } from './grade-folder.ts';
import type { Shard } from './shard.ts';

export interface ShardManifest {
  schema: 'assay.batch-shard/1';
  shard: Shard;
  concurrency: number;
  bundles: { file: string; key: string; status: string }[];
  graded: number;
  skipped: number;
  finishedAt: string;
}

export function writeShardManifest(out: string, s: GradeFolderSummary): void {
  const m: ShardManifest = {
    schema: 'assay.batch-shard/1',
    shard: s.shard,
    concurrency: s.concurrency,
    bundles: s.results.map((r) => ({ file: r.file, key: r.digest ?? r.fileSha256, status: r.status })),
    graded: s.graded,
    skipped: s.skipped,
    finishedAt: new Date().toISOString(),
  };
  mkdirSync(join(out, 'shards'), { recursive: true });
  writeAtomic(join(out, 'shards', `shard-${s.shard.index}-of-${s.shard.total}.json`), `${JSON.stringify(m, null, 1)}\n`);
}

export function readShardManifests(out: string): ShardManifest[] {
  const dir = join(out, 'shards');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^shard-\d+-of-\d+\.json$/.test(n))
    .flatMap((n) => {
      try {
        const m = JSON.parse(readFileSync(join(dir, n), 'utf8')) as ShardManifest;
        return m.schema === 'assay.batch-shard/1' ? [m] : [];
      } catch {
        return [];
      }
    });
}
