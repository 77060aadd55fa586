// The lines `grade-batch` and `merge` print at the end: one per bundle, then totals and the files written.
import type { BatchReport } from '../node/batch/finalize.ts';
import { terminalText as clean } from './progress.ts';

export function printReport(report: BatchReport): void {
  for (const r of report.rows) {
    const who = clean(r.candidate ?? r.file);
    if (r.status !== 'graded') console.log(`✗ ${who} (${clean(r.file)}): ${r.status}: ${clean(r.problem ?? '')}`);
    else {
      const flags = r.flags.length ? ` ⚑ ${r.flags.map((f) => f.code).join(', ')}` : '';
      console.log(`${who}: ${r.score ?? '—'}/100, ${r.passed} of ${r.total} exercises passed${r.pack === 'imported' ? ' (pack record imported)' : ''}${clean(flags)}`);
    }
  }
  for (const f of report.missing) console.log(`✗ ${clean(f)}: no current result (a shard missing from the merge, or the file changed since)`);
  for (const d of report.duplicates) console.log(`- ${clean(d.file)} is the same bundle as ${clean(d.sameAs)}; graded once`);
  const graded = report.rows.filter((r) => r.status === 'graded').length;
  console.log(`${graded} of ${report.rows.length + report.missing.length} bundles graded`);
  const unverified = report.rows.filter((r) => r.pack === 'unverified').length;
  if (unverified) console.log(`⚑ ${unverified} graded without the register of issued packs (pack_unverified): their exercise lists and time limits are the bundles' own claims`);
  for (const f of report.files.filter((p) => !p.includes('/scorecards/'))) console.log(`wrote ${f}`);
  console.log(`wrote ${report.cards.length} scorecards`);
}
