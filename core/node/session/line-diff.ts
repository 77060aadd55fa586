// A small line diff (Myers' O(ND) algorithm after trimming the common prefix and suffix) in the compact LineDiff
// encoding of core/common/assessment.ts: keep n = n, delete n = -n, insert = [lines]. Used for replay snapshots
// and for the final-code-versus-starter diff on scorecards.
import type { LineDiff } from '../../common/assessment.ts';

/** A file's lines; an absent file has none, so a diff from absent to content inserts every line. */
export function toLines(content: string | undefined): string[] {
  return content === undefined ? [] : content.split('\n');
}

type Op = { kind: '=' | '-' | '+'; line: string };

/** Past this many differences the middle is replaced wholesale: still correct, just less minimal. */
const MAX_D = 2000;

function myers(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_D); d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d]!;
    const at = (k: number) => prev[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: '=', line: a[--x]! }), y--;
    if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) ops.push({ kind: '=', line: a[--x]! }), y--;
  return ops.reverse();
}

function encode(ops: Op[]): LineDiff {
  const out: LineDiff = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    if (op.kind === '+') {
      if (Array.isArray(last)) last.push(op.line);
      else out.push([op.line]);
    } else {
      const step = op.kind === '=' ? 1 : -1;
      if (typeof last === 'number' && Math.sign(last) === step) out[out.length - 1] = last + step;
      else out.push(step);
    }
  }
  return out;
}

export function diffLines(a: string[], b: string[]): LineDiff {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: '=', line: a[i]! });
  const mid = myers(midA, midB);
  if (mid) for (const op of mid) ops.push(op);
  else {
    for (const line of midA) ops.push({ kind: '-', line });
    for (const line of midB) ops.push({ kind: '+', line });
  }
  for (let i = a.length - suf; i < a.length; i++) ops.push({ kind: '=', line: a[i]! });
  return encode(ops);
}

export function diffText(before: string | undefined, after: string): LineDiff {
  return diffLines(toLines(before), toLines(after));
}

export class DiffError extends Error {}

/** Applies a diff; throws DiffError when it does not fit the base (a corrupt or foreign snapshot). */
export function applyDiff(base: string[], diff: LineDiff): string[] {
  const out: string[] = [];
  let i = 0;
  for (const op of diff) {
    if (Array.isArray(op)) {
      // a loop, not push(...op): an insert can hold hundreds of thousands of lines (an honest big paste), more
      // than a call's argument list may.
      for (const line of op) out.push(line);
    } else if (op > 0 && Number.isInteger(op) && i + op <= base.length) {
      for (let j = 0; j < op; j++) out.push(base[i++]!);
    } else if (op < 0 && Number.isInteger(op) && i - op <= base.length) i -= op;
    else throw new DiffError(`diff op ${op} does not fit a ${base.length}-line base at line ${i}`);
  }
  if (i !== base.length) throw new DiffError(`diff covers ${i} of ${base.length} base lines`);
  return out;
}

export function diffStats(diff: LineDiff): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const op of diff) {
    if (Array.isArray(op)) added += op.length;
    else if (op < 0) removed -= op;
  }
  return { added, removed };
}
