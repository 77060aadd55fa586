// Whole-line backgrounds for a diff model (added, removed, hunk header, file header), with a +/- mark in the
// line-decorations gutter so the kind of line never depends on colour alone. Applied once per model: the
// diff is read-only.
import type { Model } from '../monaco/models.ts';
import { classifyDiff, type DiffLineKind } from './diff-lines.ts';

const CLASSES: Partial<Record<DiffLineKind, { line: string; mark?: string }>> = {
  added: { line: 'diff-line-added', mark: 'diff-mark-added' },
  removed: { line: 'diff-line-removed', mark: 'diff-mark-removed' },
  hunk: { line: 'diff-line-hunk' },
  file: { line: 'diff-line-file' },
};

const decorated = new WeakSet<Model>();

export function decorateDiff(model: Model): void {
  if (decorated.has(model)) return;
  decorated.add(model);
  const kinds = classifyDiff(model.getValue());
  const decorations = kinds.flatMap((kind, i) => {
    const c = CLASSES[kind];
    if (!c) return [];
    const line = i + 1;
    return [
      {
        range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
        options: { isWholeLine: true, className: c.line, linesDecorationsClassName: c.mark },
      },
    ];
  });
  model.deltaDecorations([], decorations);
}
