import { describe, expect, it } from 'vitest';
import { FrameFilter, newNonce, parseFrames } from '../../../core/node/runner/frames.ts';

const N = 'a'.repeat(32);

describe('parseFrames', () => {
  it('extracts frames with the run nonce and keeps the rest as printed text', () => {
    const out = `hello\n@@assay:${N}:{"t":"test","name":"x"}\nworld\n`;
    const p = parseFrames(out, N);
    expect(p.frames).toEqual([{ t: 'test', name: 'x' }]);
    expect(p.forged).toBe(0);
    expect(p.malformed).toBe(0);
    expect(p.text).toBe('hello\nworld\n');
  });

  it('counts a frame with another nonce as forged', () => {
    const p = parseFrames(`@@assay:${'b'.repeat(32)}:{"t":"end","count":0}\n`, N);
    expect(p.forged).toBe(1);
    expect(p.frames).toEqual([]);
  });

  it('counts unparsable or non-object payloads as malformed', () => {
    const p = parseFrames(`@@assay:${N}:{nope\n@@assay:${N}:[1,2]\n@@assay:${N}:42\n`, N);
    expect(p.malformed).toBe(3);
  });

  it('finds a frame after output printed without a newline', () => {
    const p = parseFrames(`partial@@assay:${N}:{"t":"end","count":0}\n`, N);
    expect(p.frames).toEqual([{ t: 'end', count: 0 }]);
    expect(p.text).toBe('partial\n');
  });

  it('ignores a last frame cut short by a kill (no newline)', () => {
    const p = parseFrames(`@@assay:${N}:{"t":"te`, N);
    expect(p.malformed + p.forged + p.frames.length).toBe(0);
  });

  it('makes distinct 32-hex-digit nonces', () => {
    const a = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe('FrameFilter', () => {
  it('removes frames from a stream split at arbitrary points', () => {
    const text = `one\n@@assay:${N}:{"t":"test"}\ntwo@@assay:${N}:{"t":"end"}\nthree\n`;
    for (let cut = 1; cut < text.length; cut += 3) {
      const f = new FrameFilter();
      const got = f.push(text.slice(0, cut)) + f.push(text.slice(cut)) + f.flush();
      expect(got).toBe('one\ntwo\nthree\n');
    }
  });

  it('passes a partial line through at once when it cannot become a frame', () => {
    const f = new FrameFilter();
    expect(f.push('progress 50%')).toBe('progress 50%');
    expect(f.push(' done\n')).toBe(' done\n');
  });
});
