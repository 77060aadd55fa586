import { describe, expect, it } from 'vitest';
import {
  ago,
  describeSave,
  edited,
  initialTrack,
  needsSave,
  resetTo,
  saveFailed,
  saveStarted,
  saveStatus,
  saveSucceeded,
  visiblyDifferent,
} from '../../../renderer/src/state/autosave.ts';

describe('autosave track', () => {
  it('is saved when nothing was edited, and says so', () => {
    const t = initialTrack(null);
    expect(saveStatus(t)).toBe('saved');
    expect(describeSave(t, 0)).toBe('No changes yet');
    expect(describeSave(initialTrack(1000), 6500)).toBe('Autosaved 5 s ago');
  });

  it('goes dirty → saving → saved', () => {
    let t = edited(initialTrack(null));
    expect(saveStatus(t)).toBe('dirty');
    expect(needsSave(t)).toBe(true);
    t = saveStarted(t);
    expect(saveStatus(t)).toBe('saving');
    expect(needsSave(t)).toBe(false);
    t = saveSucceeded(t, t.inFlight!, 10_000);
    expect(saveStatus(t)).toBe('saved');
    expect(describeSave(t, 12_000)).toBe('Autosaved 2 s ago');
  });

  it('an edit made while a save is in flight stays unsaved after that save', () => {
    let t = saveStarted(edited(initialTrack(null)));
    const generation = t.inFlight!;
    t = edited(t);
    t = saveSucceeded(t, generation, 1);
    expect(saveStatus(t)).toBe('dirty');
    expect(needsSave(t)).toBe(true);
  });

  it('a failed save is an error until a later save succeeds', () => {
    let t = saveStarted(edited(initialTrack(null)));
    t = saveFailed(t, t.inFlight!, 'disk full');
    expect(saveStatus(t)).toBe('error');
    expect(describeSave(t, 0)).toContain('disk full');
    expect(needsSave(t)).toBe(true);
    t = saveStarted(t);
    t = saveSucceeded(t, t.inFlight!, 5);
    expect(saveStatus(t)).toBe('saved');
    expect(t.error).toBeNull();
  });

  it('after a reset everything counts as saved', () => {
    const t = resetTo(edited(edited(initialTrack(null))), 42);
    expect(saveStatus(t)).toBe('saved');
    expect(t.savedAt).toBe(42);
  });

  it('only reports changes the status bar would show, so typing does not re-render the app', () => {
    const once = edited(initialTrack(null));
    expect(visiblyDifferent(initialTrack(null), once)).toBe(true);
    expect(visiblyDifferent(once, edited(once))).toBe(false);
    expect(visiblyDifferent(once, saveStarted(once))).toBe(true);
  });

  it('formats ages in seconds, minutes and hours', () => {
    expect(ago(0)).toBe('0 s ago');
    expect(ago(59_999)).toBe('59 s ago');
    expect(ago(60_000)).toBe('1 min ago');
    expect(ago(2 * 3600_000 + 5)).toBe('2 h ago');
  });
});
