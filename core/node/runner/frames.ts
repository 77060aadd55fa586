// Framed results: Assay-owned code inside the sandbox (the minitest reporter, the hidden-case drivers) writes
// one `@@assay:<nonce>:<json>` line per result to a dup of the original stdout. The nonce is fresh per run and
// enters the sandbox on stdin, read before any candidate code loads. Lines carrying the mark with another nonce,
// or unparsable after it, are forgery attempts and make the run `tampered`.
import { randomBytes } from 'node:crypto';

export const FRAME_MARK = '@@assay:';

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export interface FrameParse {
  /** Parsed frame payloads (JSON objects), in order. */
  frames: Record<string, unknown>[];
  /** The text of each frame from its mark on (the key of LineArrivals), parallel to frames. */
  lines: string[];
  /** Lines with the mark but a different nonce. */
  forged: number;
  /** Lines with the right nonce whose payload is not a JSON object. */
  malformed: number;
  /** The output with every frame removed: what the candidate's code printed. */
  text: string;
}

export function parseFrames(stdout: string, nonce: string): FrameParse {
  const out: FrameParse = { frames: [], lines: [], forged: 0, malformed: 0, text: '' };
  const kept: string[] = [];
  const lines = stdout.split('\n');
  lines.forEach((line, i) => {
    const at = line.indexOf(FRAME_MARK);
    if (at < 0) return void kept.push(line);
    if (at > 0) kept.push(line.slice(0, at));
    const rest = line.slice(at + FRAME_MARK.length);
    // A frame cut short by a kill (no trailing newline) is not evidence of forgery.
    if (i === lines.length - 1) return;
    if (!rest.startsWith(`${nonce}:`)) return void out.forged++;
    try {
      const value: unknown = JSON.parse(rest.slice(nonce.length + 1));
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        out.frames.push(value as Record<string, unknown>);
        out.lines.push(line.slice(at));
      } else out.malformed++;
    } catch {
      out.malformed++;
    }
  });
  out.text = kept.join('\n');
  return out;
}

/**
 * When each frame line reached this process (performance.now()), keyed by its text from the mark on: lets the
 * grader time hidden cases from outside, whatever the code inside did to its own clock.
 */
export class LineArrivals {
  readonly at = new Map<string, number>();
  private pending = '';

  push(chunk: string): void {
    const now = performance.now();
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop()!;
    for (const line of lines) {
      const mark = line.indexOf(FRAME_MARK);
      if (mark >= 0 && !this.at.has(line.slice(mark))) this.at.set(line.slice(mark), now);
    }
  }
}

/** Removes frame lines from streamed output so the Output panel shows only what the code printed. */
export class FrameFilter {
  private pending = '';
  /** The text emitted so far ends inside a line. */
  private midLine = false;

  push(chunk: string): string {
    const text = this.pending + chunk;
    const cut = text.lastIndexOf('\n') + 1;
    let out = '';
    for (const line of text.slice(0, cut).split(/(?<=\n)/)) out += this.line(line);
    let tail = text.slice(cut);
    // Hold back a partial last line only while it could still become a frame.
    const at = tail.indexOf(FRAME_MARK);
    if (at >= 0) {
      out += this.text(tail.slice(0, at));
      tail = tail.slice(at);
    } else if (!couldStartMark(tail)) {
      out += this.text(tail);
      tail = '';
    }
    this.pending = tail;
    return out;
  }

  flush(): string {
    const rest = this.pending.includes(FRAME_MARK) ? '' : this.pending;
    this.pending = '';
    return this.text(rest);
  }

  /** A complete line: a frame in it is dropped, keeping what was printed before it on the same line. */
  private line(line: string): string {
    const at = line.indexOf(FRAME_MARK);
    if (at < 0) return this.text(line);
    const before = line.slice(0, at);
    return before || this.midLine ? this.text(`${before}\n`) : '';
  }

  private text(s: string): string {
    if (s) this.midLine = !s.endsWith('\n');
    return s;
  }
}

function couldStartMark(tail: string): boolean {
  for (let n = Math.min(tail.length, FRAME_MARK.length - 1); n > 0; n--) {
    if (FRAME_MARK.startsWith(tail.slice(-n))) return true;
  }
  return false;
}
