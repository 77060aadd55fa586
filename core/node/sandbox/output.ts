// Collects stdout/stderr up to a shared byte budget and streams decoded text to a listener as it arrives.
import { StringDecoder } from 'node:string_decoder';

type Stream = 'stdout' | 'stderr';

export class OutputCollector {
  private readonly chunks: Record<Stream, Buffer[]> = { stdout: [], stderr: [] };
  private readonly decoders: Record<Stream, StringDecoder> = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  private kept = 0;
  private readonly limit: number;
  private readonly listener: ((stream: Stream, text: string) => void) | undefined;
  /** True once more bytes arrived than the budget allows. */
  exceeded = false;

  constructor(limit: number, listener?: (stream: Stream, text: string) => void) {
    this.limit = Math.max(0, Math.floor(limit));
    this.listener = listener;
  }

  /** Accepts a chunk; returns false when the budget is exhausted (the caller then kills the run). */
  push(stream: Stream, chunk: Buffer): boolean {
    if (this.exceeded) return false;
    const room = this.limit - this.kept;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (part.length > 0) {
      this.chunks[stream].push(part);
      this.kept += part.length;
      this.emit(stream, this.decoders[stream].write(part));
    }
    if (chunk.length > room) this.exceeded = true;
    return !this.exceeded;
  }

  /** Flushes any incomplete UTF-8 sequence to the listener (as U+FFFD) at the end of the run. */
  finish(): void {
    for (const stream of ['stdout', 'stderr'] as const) this.emit(stream, this.decoders[stream].end());
  }

  text(stream: Stream): string {
    return Buffer.concat(this.chunks[stream]).toString('utf8');
  }

  private emit(stream: Stream, text: string): void {
    if (text && this.listener) {
      try {
        this.listener(stream, text);
      } catch {
        // a throwing listener must not break the run
      }
    }
  }
}
