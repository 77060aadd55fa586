// JSON highlighting with a small Monarch tokenizer (review.json and other JSON files): Monaco's JSON language
// service would add a 300 KB worker for validation the app does itself (review-json.ts, the contract's schemas).
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

export const JSON_LANGUAGE = 'json';

const tokenizer: Monaco.languages.IMonarchLanguage = {
  defaultToken: 'invalid',
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/\s+/, ''],
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
    ],
  },
};

export function registerJsonLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === JSON_LANGUAGE)) return;
  monaco.languages.register({ id: JSON_LANGUAGE, extensions: ['.json'], aliases: ['JSON'] });
  monaco.languages.setMonarchTokensProvider(JSON_LANGUAGE, tokenizer);
  monaco.languages.setLanguageConfiguration(JSON_LANGUAGE, {
    brackets: [['{', '}'], ['[', ']']],
    autoClosingPairs: [{ open: '{', close: '}' }, { open: '[', close: ']' }, { open: '"', close: '"', notIn: ['string'] }],
  });
}
