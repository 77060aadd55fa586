// Exports of a group of candidates (an assessment, or whatever the dashboard shows): CSV and JSON for an
// applicant-tracking system, one row per candidate, and a one-page PDF summary with charts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilePayload } from '../../common/lifecycle.ts';
import { renderAtsCsv, renderAtsJson } from '../scorecard/ats.ts';
import { renderSummaryHtml } from '../scorecard/summary-html.ts';
import { renderPdf } from '../scorecard/pdf.ts';
import { fileSlug, payload } from './files.ts';
import type { Review } from './review.ts';

export async function exportCandidates(review: Review, req: { digests: string[]; format: 'csv' | 'json' | 'pdf' }): Promise<FilePayload> {
  const wanted = new Set(req.digests);
  const { cards } = review.scorecards((r) => wanted.has(r.bundle.digest));
  if (!cards.length) throw new Error('none of these candidates has been imported');
  const titles = [...new Set(cards.map((c) => c.assessment.title))];
  const title = titles.length === 1 ? titles[0]! : 'Candidates';
  const base = `${fileSlug(title)}-candidates`;
  if (req.format === 'csv') return payload(`${base}.csv`, 'text/csv', renderAtsCsv(cards));
  if (req.format === 'json') return payload(`${base}.json`, 'application/json', renderAtsJson(cards));
  const dir = mkdtempSync(join(tmpdir(), 'assay-summary-'));
  try {
    const out = join(dir, 'summary.pdf');
    await renderPdf(renderSummaryHtml(title, cards), out);
    return payload(`${base}-summary.pdf`, 'application/pdf', readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
