// Whole-line backgrounds for a diff model (added, removed, hunk header, file header). Colour is never the only
// sign: each line keeps its own +, - or @@ and headers are bold (./diff-language.ts). Applied once per model:
// the diff is read-only.
import type { Model } from '../monaco/models.ts';
import { classifyDiff, type DiffLineKind } from './diff-lines.ts';

const CLASSES: Partial<Record<DiffLineKind, string>> = {
  added: 'diff-line-added',
  removed: 'diff-line-removed',
  hunk: 'diff-line-hunk',
  file: 'diff-line-file',
};

const decorated = new WeakSet<Model>();

export function decorateDiff(model: Model): void {
  if (decorated.has(model)) return;
  decorated.add(model);
  const kinds = classifyDiff(model.getValue());
  const decorations = kinds.flatMap((kind, i) => {
    const className = CLASSES[kind];
    if (!className) return [];
    const line = i + 1;
    return [
      {
        range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
        options: { isWholeLine: true, className },
      },
    ];
  });
  model.deltaDecorations([], decorations);
}
