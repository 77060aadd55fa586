// App-wide keys: Ctrl/Cmd+Enter runs the tests from anywhere (captured before Monaco sees it), F6 and
// Shift+F6 move focus between regions (exercises, prompt, editor, panel) the way VS Code does.
import { useEffect, useRef } from 'react';

export interface Shortcuts {
  run(): void;
  focusEditor(): void;
}

function cycleRegion(backwards: boolean, focusEditor: () => void): void {
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')];
  if (!regions.length) return;
  const current = regions.findIndex((r) => r.contains(document.activeElement));
  const step = backwards ? -1 : 1;
  const next = regions[(current + step + regions.length) % regions.length]!;
  if (next.dataset.region === 'editor') focusEditor();
  else next.focus();
}

export function useShortcuts(shortcuts: Shortcuts, enabled: boolean): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        latest.current.run();
      } else if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        e.stopPropagation();
        cycleRegion(e.shiftKey, () => latest.current.focusEditor());
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}
