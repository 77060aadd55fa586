// Monaco, bundled locally: the editor core with its standard contributions (find, folding, multi-cursor,
// command palette...) plus the Go and Ruby tokenizers, and a small one for unified diffs (review exercises).
import './environment.ts';
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/go/go.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/ruby/ruby.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { defineThemes } from './themes.ts';
import { registerDiffLanguage } from '../review/diff-language.ts';

registerDiffLanguage(monaco);
defineThemes(monaco);

export { monaco };
