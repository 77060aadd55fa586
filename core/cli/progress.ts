// Progress of long commands on stderr: on a terminal one line redrawn in place (a bar and counts); otherwise
// (CI logs, pipes) plain lines, one per event, so logs stay readable. ASSAY_PROGRESS=plain forces plain lines.
export interface Progress {
  /** A finished unit of work (done of total), with a one-line note. */
  step(done: number, total: number, note: string): void;
  /** A message that is not a step. */
  note(message: string): void;
  /** Clears the bar (terminal) before the final output. */
  end(): void;
}

const WIDTH = 24;

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true && process.env.ASSAY_PROGRESS !== 'plain';
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    step(done, total, note) {
      if (!tty) return void stream.write(`[${done}/${total}] ${note}\n`);
      const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
      const cols = Math.max(20, (stream.columns ?? 80) - WIDTH - 16);
      const text = note.replace(/[\x00-\x1f\x7f]/g, ' ').slice(0, cols);
      clear();
      stream.write(`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${text}`);
      drawn = true;
    },
    note(message) {
      clear();
      stream.write(`${message}\n`);
    },
    end: clear,
  };
}
