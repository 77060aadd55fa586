// Side-by-side similarity as lines: each file's lines with the matched regions marked (1-based, inclusive).
import type { FileMap, SimilarityPair, SimilarityRegion } from '../../../../core/common/assessment.ts';

export interface CodeLine {
  n: number;
  text: string;
  matched: boolean;
}

export function markedLines(files: FileMap, file: string, regions: readonly SimilarityRegion[], side: 'a' | 'b'): CodeLine[] {
  const text = Object.hasOwn(files, file) ? files[file]! : '';
  const spans = regions.filter((r) => r[side].file === file).map((r) => [r[side].startLine, r[side].endLine] as const);
  return text.split('\n').map((line, i) => ({ n: i + 1, text: line, matched: spans.some(([s, e]) => i + 1 >= s && i + 1 <= e) }));
}

/** The other candidate most similar to this one on an exercise, from the flagged pairs (null if none). */
export function closestPeer(pairs: readonly SimilarityPair[], digest: string, exerciseId: string): string | null {
  let best: { id: string; score: number } | null = null;
  for (const p of pairs) {
    if (p.exerciseId !== exerciseId) continue;
    const other = p.a.id === digest ? p.b.id : p.b.id === digest ? p.a.id : null;
    if (other && (!best || p.score > best.score)) best = { id: other, score: p.score };
  }
  return best?.id ?? null;
}
