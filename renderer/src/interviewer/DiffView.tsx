// A read-only Monaco diff editor: original on the left (or inline), modified on the right. Used for the final
// code against the starter and for replay steps. Follows the OS colour scheme like the workspace editor.
import { useEffect, useRef } from 'react';
import { monaco } from '../monaco/setup.ts';
import { followColorScheme } from '../monaco/themes.ts';

export interface DiffViewProps {
  original: string;
  modified: string;
  language: string;
  inline?: boolean;
  label: string;
  testId?: string;
}

/** Monaco's EditContext input elements get no accessible name from the diff editor's options: name them. */
function labelEditContexts(root: HTMLElement, label: string): void {
  const apply = () =>
    root.querySelectorAll<HTMLElement>('.native-edit-context, textarea.inputarea').forEach((el, i) => {
      if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', `${label} (${i === 0 ? 'before' : 'after'})`);
    });
  apply();
  requestAnimationFrame(apply);
}

type DiffEditor = ReturnType<typeof monaco.editor.createDiffEditor>;

export function DiffView(p: DiffViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<DiffEditor | null>(null);
  useEffect(() => {
    const e = monaco.editor.createDiffEditor(host.current!, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: !p.inline,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineHeight: 20,
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim() || 'monospace',
      ariaLabel: p.label,
      originalAriaLabel: `${p.label} (before)`,
      modifiedAriaLabel: `${p.label} (after)`,
      renderOverviewRuler: false,
      hideUnchangedRegions: { enabled: false },
    });
    labelEditContexts(host.current!, p.label);
    editor.current = e;
    const stopTheme = followColorScheme((t) => monaco.editor.setTheme(t));
    return () => {
      stopTheme();
      const m = e.getModel();
      e.dispose();
      m?.original.dispose();
      m?.modified.dispose();
      editor.current = null;
    };
  }, [p.inline, p.label]);
  useEffect(() => {
    const e = editor.current;
    if (!e) return;
    const old = e.getModel();
    e.setModel({
      original: monaco.editor.createModel(p.original, p.language),
      modified: monaco.editor.createModel(p.modified, p.language),
    });
    old?.original.dispose();
    old?.modified.dispose();
    if (host.current) labelEditContexts(host.current, p.label);
  }, [p.original, p.modified, p.language, p.inline, p.label]);
  return <div className="iv-diff" ref={host} data-testid={p.testId ?? 'diff-view'} />;
}
