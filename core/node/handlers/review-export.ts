// Scorecard files for the interviewer to save: one candidate as PDF (the injected printer prints the HTML), HTML, Markdown or
// JSON (assay.scorecard/1); one assessment as CSV, a row per candidate.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scorecard } from '../../common/assessment.ts';
import type { FilePayload } from '../../common/lifecycle.ts';
import { renderHtml } from '../scorecard/html.ts';
import { renderMarkdown } from '../scorecard/markdown.ts';
import { renderCsv } from '../scorecard/csv.ts';
import { chromiumPdfPrinter, renderPdf, type PdfPrinter } from '../scorecard/pdf.ts';
import { fileSlug, payload } from './files.ts';
import type { Review } from './review.ts';
import type { ReadBundleResult } from '../bundle/read.ts';

export type ScorecardFormat = 'pdf' | 'html' | 'md' | 'json';

const MIME: Record<ScorecardFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
  json: 'application/json',
};

async function pdfBytes(card: Scorecard, printer: PdfPrinter): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-scorecard-'));
  try {
    const out = join(dir, 'scorecard.pdf');
    await renderPdf(renderHtml(card), out, printer);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** printer: Electron's printToPDF in the desktop app, headless Chromium elsewhere (the default). */
export async function scorecardFile(review: Review, digest: string, format: ScorecardFormat, printer: PdfPrinter = chromiumPdfPrinter()): Promise<FilePayload> {
  const card = review.scorecard(digest);
  const name = `${fileSlug(card.candidate)}-${fileSlug(card.assessment.title)}-scorecard.${format}`;
  if (format === 'pdf') return payload(name, MIME.pdf, await pdfBytes(card, printer));
  const text = format === 'html' ? renderHtml(card) : format === 'md' ? renderMarkdown(card) : `${JSON.stringify(card, null, 2)}\n`;
  return payload(name, MIME[format], text);
}

export function assessmentCsv(review: Review, assessmentId: string): FilePayload {
  const chosen = (r: ReadBundleResult) => r.bundle.submission.assessment.id === assessmentId;
  const { cards, failures } = review.scorecards(chosen);
  const failed = review.store.bundles().filter((r) => chosen(r) && failures.has(r.bundle.digest));
  if (!cards.length && !failed.length) throw new Error('no submissions of this assessment have been imported yet');
  const title = cards[0]?.assessment.title ?? failed[0]!.bundle.submission.assessment.title;
  const rows = failed.map((r) => ({ candidate: r.bundle.submission.assessment.candidateName, digest: r.bundle.digest, error: failures.get(r.bundle.digest)! }));
  return payload(`${fileSlug(title)}-candidates.csv`, 'text/csv', renderCsv(cards, rows));
}
