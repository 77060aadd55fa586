// Winnowing (Schleimer, Wilkerson, Aiken 2003): hash every k-gram of normalized tokens, then keep the minimum hash
// of each window of w consecutive k-gram hashes. Any match of at least k + w - 1 tokens shares a fingerprint.
import type { Token } from './tokenize.ts';

export interface Fingerprint {
  hash: number;
  /** Index of the k-gram's first token. */
  at: number;
}

function hashGram(tokens: Token[], from: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + k; i++) {
    const s = tokens[i]!.t;
    for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

export function winnow(tokens: Token[], k: number, w: number): Fingerprint[] {
  const grams = tokens.length - k + 1;
  if (grams <= 0) return [];
  const hashes = Array.from({ length: grams }, (_, i) => hashGram(tokens, i, k));
  if (grams <= w) {
    const min = hashes.reduce((m, h, i) => (h <= hashes[m]! ? i : m), 0);
    return [{ hash: hashes[min]!, at: min }];
  }
  const out: Fingerprint[] = [];
  let last = -1;
  for (let start = 0; start + w <= grams; start++) {
    let min = start;
    for (let i = start; i < start + w; i++) if (hashes[i]! <= hashes[min]!) min = i;
    if (min !== last) out.push({ hash: hashes[min]!, at: min });
    last = min;
  }
  return out;
}
