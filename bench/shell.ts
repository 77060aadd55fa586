// The shell's part of `npm run bench` (also runnable alone: `node bench/shell.ts`): renderer chunk and preload
// sizes, and time to editor. Needs `npm run build` first. BENCH_TTE_N (default 5) page loads; 0 skips them.
// BENCH_DIST=<dir> measures another build's dist/ (sizes and renderer), e.g. one of main for a before/after.
import { join } from 'node:path';
import { kb, shellSizes } from './sizes.ts';
import { timeToEditor } from './time-to-editor.ts';
import { ms, percentile, table } from './stats.ts';

export async function shellBench(): Promise<void> {
  const dist = process.env.BENCH_DIST ?? join(import.meta.dirname, '..', 'dist');
  const sizes = shellSizes(dist);
  if (!sizes) {
    console.log('\nShell sizes: skipped, dist/ is missing (run `npm run build`)');
    return;
  }
  console.log(`\nShell sizes (${dist}, last build)\n`);
  console.log(table(['file', 'role', 'bytes', 'gzip'], sizes.map((r) => [r.file, r.role, kb(r.bytes), kb(r.gzip)])));

  const runs = Number(process.env.BENCH_TTE_N ?? 5);
  if (runs <= 0) return;
  process.stderr.write(`… time to editor, ${runs} page loads\n`);
  const t = await timeToEditor(runs, process.env.BENCH_DIST ? join(dist, 'renderer') : undefined);
  if ('skipped' in t) {
    console.log(`\nTime to editor: skipped, ${t.skipped}`);
    return;
  }
  console.log(`\nTime to editor (Chromium via the harness, practice workspace, ${runs} fresh page loads)\n`);
  console.log(
    table(
      ['', 'p50', 'max'],
      [
        ['first contentful paint', ms(percentile(t.fcp, 50)), ms(Math.max(...t.fcp))],
        ['editor visible', ms(percentile(t.editor, 50)), ms(Math.max(...t.editor))],
      ],
    ),
  );
}

if (import.meta.main) await shellBench();
