// The AutoSaver's timing and ordering, with vitest's fake clock and a save function that records calls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../../renderer/src/workspace/saver.ts';
import { saveStatus, type SaveTrack } from '../../../renderer/src/state/autosave.ts';

interface Call {
  exerciseId: string;
  files: Record<string, string>;
  resolve(): void;
  reject(e: Error): void;
}

function setup() {
  const calls: Call[] = [];
  const content: Record<string, string> = { 'go-a': 'v0' };
  const statuses: string[] = [];
  let track: SaveTrack | null = null;
  const saver = new AutoSaver({
    save: (exerciseId, files) =>
      new Promise<void>((resolve, reject) => calls.push({ exerciseId, files, resolve, reject: (e) => reject(e) })),
    snapshot: (id) => ({ 'main.go': content[id]! }),
    onChange: (_id, t) => {
      track = t;
      statuses.push(saveStatus(t));
    },
    delayMs: 400,
    retryMs: 3000,
    now: () => Date.now(),
  });
  saver.open('go-a', null);
  return { saver, calls, content, statuses, track: () => track! };
}

describe('AutoSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces a burst of edits into one save of the latest content', async () => {
    const { saver, calls, content } = setup();
    for (const v of ['v1', 'v2', 'v3']) {
      content['go-a'] = v;
      saver.edit('go-a');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((c) => c.files['main.go'])).toEqual(['v3']);
  });

  it('flush saves at once and resolves when the save is done', async () => {
    const { saver, calls, content, track } = setup();
    content['go-a'] = 'typed';
    saver.edit('go-a');
    const flushed = saver.flush('go-a');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(saveStatus(track())).toBe('saving');
    calls[0]!.resolve();
    await flushed;
    expect(saveStatus(track())).toBe('saved');
  });

  it('never overlaps saves: an edit during a save is saved after it', async () => {
    const { saver, calls, content, track } = setup();
    content['go-a'] = 'first';
    saver.edit('go-a');
    void saver.flush('go-a');
    await vi.advanceTimersByTimeAsync(0);
    content['go-a'] = 'second';
    saver.edit('go-a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.files['main.go'])).toEqual(['first', 'second']);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saveStatus(track())).toBe('saved');
  });

  it('retries a failed save', async () => {
    const { saver, calls, track } = setup();
    saver.edit('go-a');
    await vi.advanceTimersByTimeAsync(400);
    calls[0]!.reject(new Error('store unavailable'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saveStatus(track())).toBe('error');
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saveStatus(track())).toBe('saved');
  });

  it('on unload sends unsaved work immediately, even while another save is on the wire', async () => {
    const { saver, calls, content } = setup();
    content['go-a'] = 'a';
    saver.edit('go-a');
    void saver.flush('go-a');
    await vi.advanceTimersByTimeAsync(0);
    content['go-a'] = 'last keystrokes';
    saver.edit('go-a');
    saver.flushOnUnload();
    expect(calls.map((c) => c.files['main.go'])).toEqual(['a', 'last keystrokes']);
  });

  it('settle drops a pending save so a reset is not overwritten', async () => {
    const { saver, calls } = setup();
    saver.edit('go-a');
    await saver.settle('go-a');
    saver.markReset('go-a');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
  });
});
