// Autosave bookkeeping for one exercise, as pure transitions over edit/save generations:
// every edit bumps `edits`; a save carries the generation it snapshotted; the exercise is saved when the
// newest successful save covers the newest edit.
export interface SaveTrack {
  edits: number;
  saved: number;
  inFlight: number | null;
  savedAt: number | null;
  error: string | null;
}

export type SaveStatus = 'saved' | 'saving' | 'dirty' | 'error';

export function initialTrack(savedAt: number | null): SaveTrack {
  return { edits: 0, saved: 0, inFlight: null, savedAt, error: null };
}

export function edited(t: SaveTrack): SaveTrack {
  return { ...t, edits: t.edits + 1 };
}

/** Snapshot taken for a save: returns the generation the save covers. */
export function saveStarted(t: SaveTrack): SaveTrack {
  return { ...t, inFlight: t.edits };
}

export function saveSucceeded(t: SaveTrack, generation: number, at: number): SaveTrack {
  return {
    ...t,
    saved: Math.max(t.saved, generation),
    inFlight: t.inFlight === generation ? null : t.inFlight,
    savedAt: at,
    error: null,
  };
}

export function saveFailed(t: SaveTrack, generation: number, message: string): SaveTrack {
  return { ...t, inFlight: t.inFlight === generation ? null : t.inFlight, error: message };
}

/** After a reset the server content is the starter: everything before counts as saved. */
export function resetTo(t: SaveTrack, at: number | null): SaveTrack {
  return { edits: t.edits, saved: t.edits, inFlight: null, savedAt: at, error: null };
}

export function needsSave(t: SaveTrack): boolean {
  return t.edits > t.saved && t.inFlight === null;
}

export function saveStatus(t: SaveTrack): SaveStatus {
  if (t.inFlight !== null) return 'saving';
  if (t.edits > t.saved) return t.error ? 'error' : 'dirty';
  return 'saved';
}

/** Whether the UI would show anything different (status, time, error, edited at all): typing stays cheap. */
export function visiblyDifferent(a: SaveTrack, b: SaveTrack): boolean {
  return (
    saveStatus(a) !== saveStatus(b) || a.savedAt !== b.savedAt || a.error !== b.error || (a.edits > 0) !== (b.edits > 0)
  );
}

/** "2 s ago", "3 min ago", "1 h ago". */
export function ago(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}

export function describeSave(t: SaveTrack, now: number): string {
  switch (saveStatus(t)) {
    case 'saving':
      return 'Saving…';
    case 'dirty':
      return 'Unsaved changes';
    case 'error':
      return `Not saved: ${t.error} (retrying)`;
    case 'saved':
      return t.savedAt === null ? 'No changes yet' : `Autosaved ${ago(now - t.savedAt)}`;
  }
}
