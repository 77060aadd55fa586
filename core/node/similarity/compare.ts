// The similarity check: submissions of the same exercise are compared pairwise by the Jaccard index of their
// winnowed fingerprints, with the starter code's fingerprints removed (everyone starts from it). Pairs at or above
// the threshold are flagged, with the line regions the shared fingerprints fall in.
import type { FileMap, SimilarityPair, SimilarityRegion } from '../../common/assessment.ts';
import { tokenize, type Token } from './tokenize.ts';
import { winnow } from './winnow.ts';

export interface SimilarityInput {
  /** Identifies the submission (e.g. the bundle digest). */
  id: string;
  label: string;
  exerciseId: string;
  files: FileMap;
  /** The starter versions of the files, excluded from matching. */
  base?: FileMap;
}

export interface SimilarityOptions {
  /** Tokens per k-gram. */
  k?: number;
  /** Window of k-grams; matches of k + w - 1 tokens or more are always detected. */
  window?: number;
  threshold?: number;
  maxRegions?: number;
}

export const DEFAULTS = { k: 9, window: 6, threshold: 0.45, maxRegions: 20 };

interface Prepared {
  input: SimilarityInput;
  tokens: Token[];
  /** Fingerprint hash -> k-gram start indexes. */
  prints: Map<number, number[]>;
}

function tokensOf(files: FileMap): Token[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => tokenize(files[path]!, path));
}

function prepare(input: SimilarityInput, k: number, w: number, exclude: Set<number>): Prepared {
  const tokens = tokensOf(input.files);
  const prints = new Map<number, number[]>();
  for (const fp of winnow(tokens, k, w)) {
    if (exclude.has(fp.hash)) continue;
    const list = prints.get(fp.hash);
    if (list) list.push(fp.at);
    else prints.set(fp.hash, [fp.at]);
  }
  return { input, tokens, prints };
}

function span(tokens: Token[], at: number, k: number) {
  const first = tokens[at]!;
  let end = first.line;
  for (let i = at; i < at + k && i < tokens.length; i++) if (tokens[i]!.file === first.file) end = Math.max(end, tokens[i]!.line);
  return { file: first.file, startLine: first.line, endLine: end };
}

/** Two matches belong to one region when they overlap or abut on both sides. */
function touches(r: SimilarityRegion, m: SimilarityRegion): boolean {
  const near = (x: { startLine: number; endLine: number }, y: { startLine: number; endLine: number }) =>
    y.startLine <= x.endLine + 1 && y.endLine >= x.startLine - 1;
  return r.a.file === m.a.file && r.b.file === m.b.file && near(r.a, m.a) && near(r.b, m.b);
}

function regions(a: Prepared, b: Prepared, k: number, max: number): SimilarityRegion[] {
  const matches: SimilarityRegion[] = [];
  for (const [hash, atA] of a.prints) {
    const atB = b.prints.get(hash);
    if (!atB) continue;
    for (const i of atA.slice(0, 4)) for (const j of atB.slice(0, 4)) matches.push({ a: span(a.tokens, i, k), b: span(b.tokens, j, k), fingerprints: 1 });
  }
  matches.sort((x, y) => x.a.file.localeCompare(y.a.file) || x.a.startLine - y.a.startLine || x.b.startLine - y.b.startLine);
  const merged: SimilarityRegion[] = [];
  for (const m of matches) {
    const r = merged.find((x) => touches(x, m));
    if (!r) {
      merged.push(structuredClone(m));
      continue;
    }
    r.a.startLine = Math.min(r.a.startLine, m.a.startLine);
    r.a.endLine = Math.max(r.a.endLine, m.a.endLine);
    r.b.startLine = Math.min(r.b.startLine, m.b.startLine);
    r.b.endLine = Math.max(r.b.endLine, m.b.endLine);
    r.fingerprints++;
  }
  return merged.sort((x, y) => y.fingerprints - x.fingerprints || x.a.startLine - y.a.startLine).slice(0, max);
}

export function jaccard(a: Map<number, unknown>, b: Map<number, unknown>): number {
  let shared = 0;
  for (const h of a.keys()) if (b.has(h)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Every pair of submissions of the same exercise, highest score first. */
export function compareSubmissions(inputs: SimilarityInput[], opts: SimilarityOptions = {}): SimilarityPair[] {
  const { k, window, threshold, maxRegions } = { ...DEFAULTS, ...opts };
  const byExercise = new Map<string, SimilarityInput[]>();
  for (const input of inputs) byExercise.set(input.exerciseId, [...(byExercise.get(input.exerciseId) ?? []), input]);
  const pairs: SimilarityPair[] = [];
  for (const [exerciseId, group] of byExercise) {
    const exclude = new Set<number>();
    for (const input of group) if (input.base) for (const fp of winnow(tokensOf(input.base), k, window)) exclude.add(fp.hash);
    const prepared = group.map((input) => prepare(input, k, window, exclude));
    for (let i = 0; i < prepared.length; i++) {
      for (let j = i + 1; j < prepared.length; j++) {
        const a = prepared[i]!;
        const b = prepared[j]!;
        const score = jaccard(a.prints, b.prints);
        pairs.push({
          exerciseId,
          a: { id: a.input.id, label: a.input.label },
          b: { id: b.input.id, label: b.input.label },
          score: Math.round(score * 1000) / 1000,
          flagged: score >= threshold,
          regions: score > 0 ? regions(a, b, k, maxRegions) : [],
        });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}
