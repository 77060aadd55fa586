// Progress output: a bar redrawn in place on a terminal, plain lines otherwise, never a control character from
// a note (file names and bundle reader messages are not ours).
import { describe, expect, it } from 'vitest';
import { progress, terminalText } from '../../../core/cli/progress.ts';

function fake(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, columns: 100, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

const HOSTILE = 'evil\x1b]0;title\x07\r\x1b[2Jname\x9b31m.assay-submission';

describe('progress', () => {
  it('writes one plain line per step when not a terminal', () => {
    const f = fake(false);
    const saved = process.env.ASSAY_PROGRESS;
    delete process.env.ASSAY_PROGRESS;
    const p = progress(f.stream);
    p.step(1, 3, 'a.assay-submission: passed');
    p.step(2, 3, HOSTILE);
    p.end();
    process.env.ASSAY_PROGRESS = saved;
    expect(f.text().split('\n')).toEqual(['[1/3] a.assay-submission: passed', `[2/3] ${terminalText(HOSTILE)}`, '']);
    expect(f.text()).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('redraws a bar on a terminal and clears it at the end', () => {
    const f = fake(true);
    const saved = process.env.ASSAY_PROGRESS;
    delete process.env.ASSAY_PROGRESS;
    const p = progress(f.stream);
    p.step(1, 4, 'one');
    p.step(4, 4, HOSTILE);
    p.end();
    process.env.ASSAY_PROGRESS = saved;
    expect(f.text()).toContain('[######..................] 1/4 one');
    expect(f.text()).toContain('[########################] 4/4 evil');
    expect(f.text().endsWith('\r\x1b[2K')).toBe(true);
    expect(f.text().replaceAll('\r\x1b[2K', '')).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
  });
});
