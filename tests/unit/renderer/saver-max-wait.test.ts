// Continuous typing must still be saved: the debounce waits for a pause, but never longer than maxWaitMs after
// the oldest unsaved edit (the assessment promises at most ~1-2 s of typing lost in a crash).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../../renderer/src/workspace/saver.ts';

function setup(maxWaitMs?: number) {
  const saves: { at: number; text: string }[] = [];
  let text = '';
  const saver = new AutoSaver({
    save: async (_id, files) => void saves.push({ at: Date.now(), text: files['main.go']! }),
    snapshot: () => ({ 'main.go': text }),
    onChange: () => {},
    delayMs: 400,
    maxWaitMs,
    now: () => Date.now(),
  });
  saver.open('go-a', null);
  const type = (ch: string) => {
    text += ch;
    saver.edit('go-a');
  };
  return { saver, saves, type, text: () => text };
}

describe('AutoSaver max wait', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('saves at least every second while typing a key every 100 ms', async () => {
    const { saves, type, text } = setup(1000);
    for (let i = 0; i < 50; i++) {
      type('x');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(4);
    const gaps = saves.map((s, i) => s.at - (i === 0 ? 0 : saves[i - 1]!.at));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1100);
    // What a crash right now would lose: the keys typed since the last save.
    expect(text().length - saves.at(-1)!.text.length).toBeLessThanOrEqual(11);
  });

  it('still coalesces a short burst into one save after the pause', async () => {
    const { saves, type } = setup(1000);
    for (let i = 0; i < 3; i++) {
      type('y');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(saves.map((s) => s.text)).toEqual(['yyy']);
  });
});
