// A small Monarch tokenizer for unified diffs (changes.diff of review exercises): file headers, hunk headers,
// added and removed lines. Every rule takes a whole line (Monarch anchors a rule at the current position;
// `[@]` because Monarch reads `@name` as an attribute and `@@` as one literal @).
// Whole-line backgrounds come from decorations (./diff-decorations.ts); these tokens colour the text, in both
// editor themes.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

export const DIFF_LANGUAGE = 'diff';

export const diffTokenizer: Monaco.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.diff',
  tokenizer: {
    root: [
      [/[@][@] .*/, { token: 'meta.hunk', next: '@hunk' }],
      [/(diff|index|---|\+\+\+|new file|deleted file|similarity|rename|old mode|new mode|Binary files) .*/, 'meta.header'],
      [/.*/, 'comment'],
    ],
    // Inside a hunk "---"/"+++" lines are removed/added code; the next "diff" line starts another file.
    hunk: [
      [/[@][@] .*/, 'meta.hunk'],
      [/diff .*/, { token: 'meta.header', next: '@pop' }],
      [/\+.*/, 'inserted'],
      [/-.*/, 'deleted'],
      [/\\.*/, 'comment'],
      [/.*/, ''],
    ],
  },
};

type Rule = Monaco.editor.ITokenThemeRule;

export const DIFF_RULES: { light: Rule[]; dark: Rule[] } = {
  light: [
    { token: 'inserted.diff', foreground: '116329' },
    { token: 'deleted.diff', foreground: 'a40e26' },
    { token: 'meta.hunk.diff', foreground: '6639ba' },
    { token: 'meta.header.diff', foreground: '1f2328', fontStyle: 'bold' },
    { token: 'comment.diff', foreground: '5a626d', fontStyle: 'italic' },
  ],
  dark: [
    { token: 'inserted.diff', foreground: '7ee787' },
    { token: 'deleted.diff', foreground: 'ffa198' },
    { token: 'meta.hunk.diff', foreground: 'd2a8ff' },
    { token: 'meta.header.diff', foreground: 'e6edf3', fontStyle: 'bold' },
    { token: 'comment.diff', foreground: 'a8b0bb', fontStyle: 'italic' },
  ],
};

export function registerDiffLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === DIFF_LANGUAGE)) return;
  monaco.languages.register({ id: DIFF_LANGUAGE, extensions: ['.diff', '.patch'], aliases: ['Diff'] });
  monaco.languages.setMonarchTokensProvider(DIFF_LANGUAGE, diffTokenizer);
}
