// Editor themes matching the app's light and dark palettes (renderer/src/styles/tokens.css); the active one
// follows the OS colour scheme.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { DIFF_RULES } from '../review/diff-language.ts';

export const LIGHT = 'assay-light';
export const DARK = 'assay-dark';

export function defineThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(LIGHT, {
    base: 'vs',
    inherit: true,
    // vs's teal keys (#008080) and green numbers (#098658) fall under 4.5:1 on the highlighted line; darker here.
    rules: [...DIFF_RULES.light, { token: 'type.json', foreground: '006b6b' }, { token: 'number', foreground: '07704a' }],
    colors: {
      'editor.background': '#ffffff',
      'editorLineNumber.foreground': '#5f6670',
      'editorLineNumber.dimmedForeground': '#5f6670',
      'editorLineNumber.activeForeground': '#3b424c',
      'editor.lineHighlightBackground': '#f4f6f9',
      'editorGutter.background': '#ffffff',
      // Light enough that the vs theme's token colours (comment green #008000 the weakest) keep 4.5:1 in diffs.
      'diffEditor.insertedLineBackground': '#f2faee',
      'diffEditor.insertedTextBackground': '#ecf7e6',
      'diffEditor.removedLineBackground': '#fef5f6',
      'diffEditor.removedTextBackground': '#fdeef0',
    },
  });
  monaco.editor.defineTheme(DARK, {
    base: 'vs-dark',
    inherit: true,
    // vs-dark's comment green (#608b4e) and regexp pink (#b46695) are 4.2:1 on this background; these are above 4.5:1.
    // vs-dark's invalid red (#f44747) is 4.2:1 on the highlighted line; this one is above 4.5:1 on every background.
    rules: [
      ...DIFF_RULES.dark,
      { token: 'comment', foreground: '7fa870' },
      { token: 'regexp', foreground: 'd08bb4' },
      { token: 'invalid', foreground: 'ff6b6b' },
    ],
    colors: {
      'editor.background': '#1b1e24',
      'editorLineNumber.foreground': '#8b949e',
      'editorLineNumber.dimmedForeground': '#8b949e',
      'editorLineNumber.activeForeground': '#c8ccd4',
      'editor.lineHighlightBackground': '#22262e',
      'editorGutter.background': '#1b1e24',
      // Solid, dark enough that vs-dark's token colours keep 4.5:1 on inserted / removed code in diffs.
      'diffEditor.insertedLineBackground': '#1b2b1f',
      'diffEditor.insertedTextBackground': '#1e3322',
      'diffEditor.removedLineBackground': '#2d1b1e',
      'diffEditor.removedTextBackground': '#3a1f22',
    },
  });
}

/** Calls back with the theme name now and whenever the OS scheme changes; returns an unsubscribe. */
export function followColorScheme(apply: (theme: string) => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => apply(query.matches ? DARK : LIGHT);
  onChange();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
