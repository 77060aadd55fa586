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

/** Text for a terminal or a CI log: the one escaping function for that output. C0/C1 controls (escape sequences,
 * carriage returns that overwrite lines) become spaces; notes carry file names and bundle reader messages. */
export function terminalText(s: string): string {
  return s.replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true && process.env.ASSAY_PROGRESS !== 'plain';
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    step(done, total, note) {
      const text = terminalText(note);
      if (!tty) return void stream.write(`[${done}/${total}] ${text}\n`);
      const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
      const cols = Math.max(20, (stream.columns ?? 80) - WIDTH - 16);
      clear();
      stream.write(`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${text.slice(0, cols)}`);
      drawn = true;
    },
    note(message) {
      clear();
      stream.write(`${terminalText(message)}\n`);
    },
    end: clear,
  };
}
